package org.mentorlog.api;

/**
 * A token just created: the secret is here and nowhere else, to be shown to the administrator once.
 * Only its hash is stored.
 */
public record IssuedApiToken(ApiTokenRow row, String token) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + row + ", token=***]";
    }
}
