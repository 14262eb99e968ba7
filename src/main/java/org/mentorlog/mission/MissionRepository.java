package org.mentorlog.mission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MissionRepository extends JpaRepository<Mission, Long> {

    /** The mission this installation serves: the first one created. */
    Optional<Mission> findFirstByOrderById();
}
