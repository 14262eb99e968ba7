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

    /** Whether one trainee's records may fall in several cells: periods and sites, not teams or agencies. */
    boolean splitsTrainees() {
        return isTime() || this == SITE;
    }
}
