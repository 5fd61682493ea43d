package org.minzheng.charity.donation;

/** A donor in the donation and pledge forms' choice. */
record DonorChoice(long id, String name, DonorKind kind) {}
