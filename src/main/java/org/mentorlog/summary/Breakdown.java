package org.mentorlog.summary;

/** How a summary splits its indicators into cells, besides the total. */
public enum Breakdown {
    NONE,
    MONTH,
    QUARTER,
    YEAR,
    TEAM,
    SITE,
    AGENCY;

    public boolean isTime() {
        return this == MONTH || this == QUARTER || this == YEAR;
    }
}
