package org.mentorlog.followup;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpActionRepository extends JpaRepository<FollowUpAction, Long> {

    List<FollowUpAction> findByTraineeIdOrderByDueDate(Long traineeId);

    List<FollowUpAction> findBySessionIdOrderById(Long sessionId);

    /**
     * The owner's actions in these statuses ({@link FollowUpStatus#toDoNames()}), overdue first then by due date;
     * drafts' actions wait for the draft. 'DRAFT' is SessionStatus.DRAFT written out: the session feature
     * depends on this one, not the reverse.
     */
    @Query(value = """
            select f.* from follow_up_action f
            where f.owner_id = :ownerId and f.status in (:statuses)
              and not exists (select 1 from training_session s where s.id = f.session_id and s.status = 'DRAFT')
            order by case when f.due_date < :today then 0 else 1 end, f.due_date, f.id
            """, nativeQuery = true)
    List<FollowUpAction> findOpenOf(long ownerId, LocalDate today, List<String> statuses);
}
