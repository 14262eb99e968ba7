package org.mentorlog.mission;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MissionRepository extends JpaRepository<Mission, Long> {

    List<Mission> findAllByOrderByCode();

    List<Mission> findByIdInOrderByCode(Collection<Long> ids);

    boolean existsByCodeIgnoreCase(String code);
}
