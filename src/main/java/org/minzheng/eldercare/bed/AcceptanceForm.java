package org.minzheng.eldercare.bed;

import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** The township's note when accepting the adaptation works. */
record AcceptanceForm(@Size(max = 200) @PlainText String note) {}
