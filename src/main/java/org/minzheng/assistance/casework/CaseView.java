package org.minzheng.assistance.casework;

import java.util.List;

/** A case for the staff detail page: personal data masked, the history in order. */
record CaseView(StoredCase stored, String maskedIdNumber, String maskedPhone, List<StaffStep> steps) {}
