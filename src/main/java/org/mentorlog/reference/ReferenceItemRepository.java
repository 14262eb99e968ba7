package org.mentorlog.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceItemRepository extends JpaRepository<ReferenceItem, Long> {

    List<ReferenceItem> findByKindAndActiveTrueOrderBySortOrder(ReferenceKind kind);
}
