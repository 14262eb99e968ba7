package org.mentorlog.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorlog.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    List<AppUser> findByTeamIdAndEnabledTrueOrderByDisplayName(Long teamId);

    // The sign-in counters are written by single updates that leave the version alone: parallel
    // attempts count atomically, and an administrator's edit never fails because someone typed a password.

    @Modifying(clearAutomatically = true)
    @Query("update AppUser u set u.failedSignIns = u.failedSignIns + 1 where u.id = :id")
    int countFailedSignIn(Long id);

    /** Locks the account when it reached the limit, and starts counting again; 1 when it did lock it. */
    @Modifying(clearAutomatically = true)
    @Query("update AppUser u set u.lockedUntil = :until, u.failedSignIns = 0 where u.id = :id"
            + " and u.failedSignIns >= :limit")
    int lockIfReached(Long id, int limit, Instant until);

    @Modifying(clearAutomatically = true)
    @Query("update AppUser u set u.failedSignIns = 0, u.lockedUntil = null where u.id = :id"
            + " and (u.failedSignIns > 0 or u.lockedUntil is not null)")
    int clearFailedSignIns(Long id);
}
