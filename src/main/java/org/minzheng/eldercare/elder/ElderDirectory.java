package org.minzheng.eldercare.elder;

import java.util.Optional;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Component;

/** Lets the assessment feature find the elder it assesses, within the staff member's scope. */
@Component
public class ElderDirectory {

    private final ElderRepository elders;

    ElderDirectory(ElderRepository elders) {
        this.elders = elders;
    }

    public Optional<ElderHeader> find(long id, DataScope scope) {
        return elders.header(id, scope);
    }
}
