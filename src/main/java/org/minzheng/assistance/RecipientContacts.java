package org.minzheng.assistance;

import java.util.Optional;
import org.minzheng.shared.PhoneNumber;

/** How to reach a recipient household, for modules that tell it news (money paid, a review due). */
public interface RecipientContacts {

    /** The applicant's phone kept on the recipients register; empty for an unknown recipient or none kept. */
    Optional<PhoneNumber> phoneOf(long recipientId);
}
