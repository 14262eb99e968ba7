package org.mentorlog.user;

import java.util.List;
import java.util.Optional;
import org.mentorlog.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    List<AppUser> findByTeamIdAndEnabledTrueOrderByDisplayName(Long teamId);
}
