package org.mentorlog.observation;

public enum NormSource {
    SOCIETAL,
    CULTURAL,
    RELIGIOUS,
    INSTITUTIONAL,
    FAMILY
}
