package org.mentorlog.trainee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TraineeRepository extends JpaRepository<Trainee, Long> {

    String MATCHES = """
            t.teamId = :teamId and (:includeInactive = true or t.active = true)
            and (:text = '' or lower(t.code) like :text or lower(coalesce(t.fullName, '')) like :text)
            """;

    @Query("select t from Trainee t where " + MATCHES)
    List<Trainee> search(long teamId, String text, boolean includeInactive, Pageable page);

    @Query("select count(t) from Trainee t where " + MATCHES)
    long countMatches(long teamId, String text, boolean includeInactive);

    Optional<Trainee> findByIdAndTeamId(Long id, Long teamId);

    Optional<Trainee> findByClientId(String clientId);

    /** Trainees of a team with this name, whatever its case: the same person, maybe, added twice. */
    @Query("select t from Trainee t where t.teamId = :teamId and lower(t.fullName) = lower(:fullName) order by t.code")
    List<Trainee> sameName(long teamId, String fullName);

    List<Trainee> findByTeamIdOrderByCode(Long teamId);

    List<Trainee> findByTeamIdAndIdInOrderByCode(Long teamId, Collection<Long> ids);

    List<Trainee> findByTeamIdInAndFullNameIsNotNullOrderByCode(Collection<Long> teamIds);

    long countByTeamIdInAndFullNameIsNotNull(Collection<Long> teamIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Trainee t set t.fullName = null, t.version = t.version + 1 where t.id in :ids")
    int eraseNames(Collection<Long> ids);
}
