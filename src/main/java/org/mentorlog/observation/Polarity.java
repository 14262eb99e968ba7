package org.mentorlog.observation;

public enum Polarity {
    BARRIER,
    OPPORTUNITY
}
