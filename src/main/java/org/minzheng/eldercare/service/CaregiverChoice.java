package org.minzheng.eldercare.service;

/** A caregiver who may be sent: active, of the plan's provider. */
record CaregiverChoice(long id, String name) {}
