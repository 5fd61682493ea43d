package org.minzheng.childwelfare.child;

import java.util.Optional;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Component;

/** Lets the plan, session and funding features find the child they work on, within the staff member's scope. */
@Component
public class ChildDirectory {

    private final ChildRepository children;

    ChildDirectory(ChildRepository children) {
        this.children = children;
    }

    public Optional<ChildHeader> find(long id, DataScope scope) {
        return children.summary(id, scope)
                .map(c -> new ChildHeader(
                        c.id(),
                        c.name(),
                        c.maskedIdNumber(),
                        c.birthDate(),
                        c.region(),
                        c.roomName(),
                        c.admittedOn(),
                        c.dischargedOn(),
                        c.demo()));
    }
}
