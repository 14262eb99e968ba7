package org.mentorlog.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.mentorlog.base.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@code mentorlog.password.min-length} characters (12; the demo
 * profile allows 8), at most what bcrypt reads, not the username, and not one of the 10,000 most common
 * passwords; neither of these with only digits, symbols or blanks around it ("monkey12345!", "admin2026!!").
 */
@Component
class PasswordPolicy {

    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(@Value("${mentorlog.password.min-length:" + UserLimits.PASSWORD_MIN + "}") int minLength) {
        this.minLength = Math.max(1, Math.min(minLength, UserLimits.PASSWORD_MAX));
        this.common = load();
    }

    int minLength() {
        return minLength;
    }

    /** Refuses a password that breaks a rule, with a message that says which. */
    void check(String password, String username) {
        if (password == null || password.length() < minLength) {
            throw new DomainException("user.error.password-too-short", minLength);
        }
        if (password.length() > UserLimits.PASSWORD_MAX) {
            throw new DomainException("user.error.password-too-long", UserLimits.PASSWORD_MAX);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > UserLimits.PASSWORD_MAX) {
            throw new DomainException("user.error.password-too-many-bytes", UserLimits.PASSWORD_MAX);
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String core = letterCore(lower);
        if (username != null && (lower.equals(username.strip().toLowerCase(Locale.ROOT))
                || core.equals(username.strip().toLowerCase(Locale.ROOT)))) {
            throw new DomainException("user.error.password-is-username");
        }
        if (common.contains(lower) || core.length() >= 3 && common.contains(core)) {
            throw new DomainException("user.error.password-common");
        }
    }

    /** What is left after the digits, symbols and blanks before the first and after the last letter. */
    private static String letterCore(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, unreadable);
        }
        return Set.copyOf(words);
    }
}
