package org.mentorlog.reference;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceItemRepository extends JpaRepository<ReferenceItem, Long> {

    List<ReferenceItem> findByKindAndActiveTrueOrderBySortOrder(ReferenceKind kind);

    /** Active and inactive entries, for administration and for labelling what already refers to them. */
    List<ReferenceItem> findByKindOrderBySortOrderAscIdAsc(ReferenceKind kind);

    /** The same for several lists at once, each list's entries in its order. */
    List<ReferenceItem> findByKindInOrderBySortOrderAscIdAsc(Collection<ReferenceKind> kinds);

    boolean existsByKindAndCodeIgnoreCase(ReferenceKind kind, String code);
}
