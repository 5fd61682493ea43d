package org.minzheng.childwelfare.child;

import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.childwelfare.child.MedicalNoteRepository.MedicalNote;
import org.minzheng.shared.security.DataScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's medical notes, for the welfare home's staff and the therapists only: the system administrator
 * and the auditor see that notes exist, never what they say. Every reading is on the audit record.
 */
@Service
@PreAuthorize("hasAuthority('childwelfare:medical:view')")
class MedicalNotes {

    private final ChildService children;
    private final MedicalNoteRepository notes;
    private final AuditLog audit;

    MedicalNotes(ChildService children, MedicalNoteRepository notes, AuditLog audit) {
        this.children = children;
        this.notes = notes;
        this.audit = audit;
    }

    @Transactional
    List<MedicalNote> read(ChildSummary child) {
        List<MedicalNote> found = notes.of(child.id());
        audit.record(AuditEvent.reveal("medical-notes", ChildService.TARGET, String.valueOf(child.id()), child.region())
                .withDetail(found.size() + " notes"));
        return found;
    }

    @Transactional
    void add(long childId, MedicalNoteForm form, DataScope scope, String staff) {
        ChildSummary child = children.child(childId, scope);
        long id = notes.add(childId, form.text().strip(), staff);
        audit.record(AuditEvent.operation(
                        "childwelfare.child.medical-note", ChildService.TARGET, String.valueOf(childId), child.region())
                .withDetail("note " + id));
    }
}
