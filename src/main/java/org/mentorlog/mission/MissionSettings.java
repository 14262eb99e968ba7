package org.mentorlog.mission;

import java.math.BigDecimal;
import org.mentorlog.base.DomainException;

/**
 * What an administrator sets on a mission: the disclosure threshold of headquarters summaries (counts
 * below it are suppressed) and the gender parity targets in percent, which may be left empty. Values
 * come as entered (a cleared field is null); the service checks them before anything is stored.
 */
public record MissionSettings(Integer disclosureThreshold, BigDecimal targetIpoWomenPct, BigDecimal targetFpuWomenPct) {

    /** Below 3 a published count could point at one or two people; above 100 nothing would be shown. */
    public static final int MIN_THRESHOLD = 3;
    public static final int MAX_THRESHOLD = 100;
    /** What a new mission starts with, as the product brief says. */
    public static final int DEFAULT_THRESHOLD = Mission.DEFAULT_DISCLOSURE_THRESHOLD;

    /** Throws a domain error, with the message for the user, when a value is out of bounds. */
    void check() {
        if (disclosureThreshold == null || disclosureThreshold < MIN_THRESHOLD || disclosureThreshold > MAX_THRESHOLD) {
            throw new DomainException("mission.error.threshold-range", MIN_THRESHOLD, MAX_THRESHOLD);
        }
        checkTarget(targetIpoWomenPct);
        checkTarget(targetFpuWomenPct);
    }

    private static void checkTarget(BigDecimal target) {
        if (target != null && (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0
                || target.scale() > 2)) {
            throw new DomainException("mission.error.target-range");
        }
    }
}
