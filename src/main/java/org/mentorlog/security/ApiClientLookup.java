package org.mentorlog.security;

import java.util.Optional;

/** Checks API tokens for the API's filter chain; implemented by the api feature. */
public interface ApiClientLookup {

    /** The client behind a token, when the token exists and is not revoked. */
    Optional<ApiClient> verify(String token);
}
