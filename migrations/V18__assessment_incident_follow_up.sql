-- A follow-up questionnaire sent because of an incident remembers the incident, so a second follow-up for the
-- same incident skips vendors that still have an open one. Deleting the incident keeps the assessment.
ALTER TABLE assessment
    ADD COLUMN incident_id BIGINT NULL,
    ADD KEY ix_assessment_incident_vendor (incident_id, vendor_id),
    ADD CONSTRAINT fk_assessment_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE SET NULL;
