package org.mentorlog.observation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationRepository extends JpaRepository<Observation, Long> {

    List<Observation> findBySessionIdOrderById(Long sessionId);

    List<Observation> findByTraineeIdOrderByIdDesc(Long traineeId);
}
