package org.mentorlog.mission;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findAllByOrderByCode();

    List<Team> findByMissionIdOrderByCode(Long missionId);

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByTraineeCodePrefix(String prefix);

    /** Locks the team row so that two people adding trainees at once never get the same code. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Team t where t.id = :id")
    Optional<Team> lockById(Long id);
}
