package org.mentorlog.mission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteRepository extends JpaRepository<Site, Long> {

    List<Site> findByTeamIdOrderByName(Long teamId);

    List<Site> findByTeamIdInOrderByName(java.util.Collection<Long> teamIds);

    boolean existsByTeamIdAndNameIgnoreCase(Long teamId, String name);
}
