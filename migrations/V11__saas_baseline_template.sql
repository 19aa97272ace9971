-- The built-in "SaaS security baseline (2025 campaign edition)": at least one question per control C01..C36 of the
-- knowledge base (section 2), with follow-ups shown only when relevant, evidence uploads for key controls, and
-- policy warnings where an answer falls short. Answers map to control statuses through questionnaire_control_rule.
INSERT INTO questionnaire_template (name, version, description, status, is_builtin, created_at) VALUES
('SaaS security baseline (2025 campaign edition)', 1, 'Covers the controls that break the 2025 Salesforce data-theft campaigns (UNC6040 vishing with malicious connected apps, UNC6395 OAuth token theft through Salesloft Drift) and the baseline hygiene expected of every SaaS vendor holding our data.', 'PUBLISHED', TRUE, UTC_TIMESTAMP(6));
SET @template_id = LAST_INSERT_ID();

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 0, 'Identity and authentication', 'How people sign in to the service that holds our data, and how the help desk verifies them.');
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C01.mfa', 'Is multi-factor authentication enforced for every human login (staff, contractors, agents and admins)?', 'Technically enforced, not just available. Documented break-glass accounts may be excepted.', 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C01', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C01', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C01', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C01', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C01.methods', 'Which MFA methods can users enrol?', NULL, 'MULTI_CHOICE', TRUE, '[{"value": "FIDO2", "label": "FIDO2 / WebAuthn security keys or passkeys"}, {"value": "PKI", "label": "Smart card / certificate (PKI)"}, {"value": "TOTP", "label": "Authenticator app codes (TOTP)"}, {"value": "PUSH", "label": "Push approval"}, {"value": "SMS", "label": "SMS codes"}, {"value": "VOICE", "label": "Voice call"}, {"value": "EMAIL", "label": "Email codes"}]', 'C01.mfa', '["YES", "PARTIAL"]', 'SMS, voice and email codes can be phished or intercepted. Describe your plan to retire them and by when.', '["SMS", "VOICE", "EMAIL"]');
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 2, 'C01.evidence', 'Upload your MFA policy or an identity-provider configuration export (optional).', NULL, 'FILE', FALSE, NULL, 'C01.mfa', '["YES", "PARTIAL"]', NULL, NULL);
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C01', 0, '["PROVIDED"]', NULL, 'DOCUMENTED');
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 3, 'C02.phishing_resistant', 'Is phishing-resistant MFA (FIDO2/WebAuthn or PKI) enforced at least for admins, support staff and agents, with SMS, voice and push factors disabled?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C02', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C02', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C02', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C02', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 4, 'C03.sso', 'Is single sign-on through your corporate identity provider (SAML or OIDC) enforced, with local passwords disabled except for break-glass accounts?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C03', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C03', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C03', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C03', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 5, 'C03.scim', 'Are leavers deprovisioned automatically (SCIM or equivalent)?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, 'C03.sso', '["YES", "PARTIAL"]', 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C03', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C03', 1, '["PARTIAL", "NO"]', 'PARTIAL', NULL),
    (@question_id, 'C03', 2, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 6, 'C04.helpdesk', 'Do password resets, MFA resets and device enrolments require out-of-band proof of identity?', 'For example a call-back to the number on record, manager approval or video identification.', 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C04', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C04', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C04', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C04', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 7, 'C04.method', 'How does your help desk verify a caller''s identity?', NULL, 'SINGLE_CHOICE', TRUE, '[{"value": "CALLBACK", "label": "Call-back to the number on record"}, {"value": "MANAGER", "label": "Manager approval"}, {"value": "VIDEO", "label": "Video identification"}, {"value": "KNOWLEDGE", "label": "Knowledge questions (date of birth, last digits of an ID)"}, {"value": "NONE", "label": "No verification"}]', 'C04.helpdesk', '["YES", "PARTIAL"]', 'Knowledge questions use data that attackers already hold. Describe the compensating control and when out-of-band verification will be in place.', '["KNOWLEDGE", "NONE"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C04', 0, '["KNOWLEDGE", "NONE"]', 'NOT_MET', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 8, 'C13.sessions', 'Are sessions limited (idle timeout of 2 hours or less, shorter for admins) with step-up authentication before approving an app or exporting data?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C13', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C13', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C13', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C13', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 9, 'C13.idle_minutes', 'What is the idle session timeout for ordinary users, in minutes?', NULL, 'NUMBER', FALSE, NULL, 'C13.sessions', '["YES", "PARTIAL"]', NULL, NULL);

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 1, 'Access and privilege', 'Who can see and export our records.');
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C06.least_privilege', 'Do users see only the records and fields they need, with bulk permissions (view/modify all data, export reports) held only by named admins?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C06', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C06', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C06', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C06', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C07.api_restricted', 'Is API access restricted to dedicated integration users, so that ordinary users cannot use the API or arbitrary API clients?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C07', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C07', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C07', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C07', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 2, 'C14.recertification', 'Are admin rights reviewed at least quarterly and user rights at least every six months, with leavers removed within 24 hours and just-in-time elevation for admin work?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C14', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C14', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C14', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C14', 3, '["NA"]', 'NOT_APPLICABLE', NULL);

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 2, 'Integrations and tokens', 'Connected apps, OAuth grants and API credentials that reach our data.');
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C08.app_allowlist', 'Can only admin-installed (allowlisted) apps connect, so users cannot authorise connected apps themselves?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C08', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C08', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C08', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C08', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C08.device_flow', 'Is the OAuth device flow ("connection codes") disabled?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, 'C08.app_allowlist', '["YES", "PARTIAL"]', 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C08', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C08', 1, '["PARTIAL", "NO"]', 'PARTIAL', NULL),
    (@question_id, 'C08', 2, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 2, 'C08.evidence', 'Upload an export or screenshot of your connected-app settings (optional).', NULL, 'FILE', FALSE, NULL, 'C08.app_allowlist', '["YES", "PARTIAL"]', NULL, NULL);
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C08', 0, '["PROVIDED"]', NULL, 'DOCUMENTED');
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 3, 'C09.inventory', 'Do you keep a register of apps, OAuth grants, API keys and integration users with owner, scopes and last use, reviewed at least quarterly?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C09', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C09', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C09', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C09', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 4, 'C10.token_lifecycle', 'Are token scopes minimal, refresh tokens rotated or expiring, secrets vaulted and rotated at least every 90 days, and can all of an app''s tokens be revoked within hours?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C10', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C10', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C10', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C10', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 5, 'C36.integrates', 'Does your service integrate into our own tenant (for example a connected app in our CRM)?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, NULL, NULL);
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C36', 0, '["NO"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 6, 'C36.hardening', 'Does your integration meet the platform''s partner security requirements, with secured source repositories and CI?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, 'C36.integrates', '["YES", "PARTIAL"]', 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C36', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C36', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C36', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C36', 3, '["NA"]', 'NOT_APPLICABLE', NULL);

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 3, 'Network restrictions', NULL);
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C11.network_humans', 'Are user logins allowed only from your corporate egress or zero-trust network, enforced on every request?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C11', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C11', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C11', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C11', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C12.network_tokens', 'Is API and OAuth token use bound to known IP addresses?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C12', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C12', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C12', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C12', 3, '["NA"]', 'NOT_APPLICABLE', NULL);

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 4, 'Logging and detection', NULL);
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C15.logging', 'Do you log logins (IP, user agent), API calls, OAuth grants, configuration changes and exports, keep them at least one year in a SIEM, and make them available to us?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C15', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C15', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C15', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C15', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C15.retention_months', 'How many months are these logs kept?', NULL, 'NUMBER', FALSE, NULL, 'C15.logging', '["YES", "PARTIAL"]', NULL, NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 2, 'C15.evidence', 'Upload a logging standard or a sample of the log fields collected (optional).', NULL, 'FILE', FALSE, NULL, 'C15.logging', '["YES", "PARTIAL"]', NULL, NULL);
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C15', 0, '["PROVIDED"]', NULL, 'DOCUMENTED');
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 3, 'C16.exfiltration_detection', 'Do you alert on or block bulk API jobs, large queries or exports, new app authorisations and traffic from VPN or Tor exits in real time?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C16', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C16', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C16', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C16', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 4, 'C31.posture', 'Do you baseline your SaaS tenant settings and detect drift (health check, security centre or an SSPM tool)?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C31', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C31', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C31', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C31', 3, '["NA"]', 'NOT_APPLICABLE', NULL);

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 5, 'Data protection', NULL);
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C17.export_disabled', 'Are export and mass reporting disabled for non-admins, with downloads passing through DLP?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C17', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C17', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C17', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C17', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C18.secrets_in_data', 'Do you prevent or detect passwords and keys in cases, tickets, chats and attachments (policy plus scanning or redaction)?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C18', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C18', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C18', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C18', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 2, 'C23.encryption_rest', 'Is our data encrypted at rest (AES-256 with managed keys), including backups?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C23', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C23', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C23', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C23', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 3, 'C24.encryption_transit', 'Is TLS 1.2 or later used for all connections?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C24', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C24', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C24', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C24', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 4, 'C25.minimisation', 'Do you collect only the fields you need, apply a retention and deletion schedule, and mask sensitive fields on agent screens?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C25', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C25', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C25', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C25', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 5, 'C26.inventory', 'Have you mapped which of our objects and fields you store, how many records, and where?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C26', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C26', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C26', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C26', 3, '["NA"]', 'NOT_APPLICABLE', NULL);

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 6, 'People and contact centre', NULL);
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C05.vishing_training', 'Do agents and admins receive role-based training on voice phishing, with simulated vishing at least yearly and an easy way to report suspicious calls?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C05', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C05', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C05', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C05', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C28.contact_centre', 'If you run a contact centre or use a BPO: do agents work on managed devices or VDI, without personal phones on the floor, with scripted handling of "IT support" calls?', 'Answer NA if no contact centre or BPO handles our data.', 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C28', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C28', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C28', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C28', 3, '["NA"]', 'NOT_APPLICABLE', NULL);

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 7, 'Incident response', NULL);
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C19.playbook', 'Do you have a SaaS-compromise playbook (revoke tokens, block the app, rotate credentials, preserve logs) tested at least yearly?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C19', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C19', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C19', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C19', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C19.evidence', 'Upload the playbook or the report of its last test (optional).', NULL, 'FILE', FALSE, NULL, 'C19.playbook', '["YES", "PARTIAL"]', NULL, NULL);
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C19', 0, '["PROVIDED"]', NULL, 'DOCUMENTED');
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 2, 'C20.notification_sla', 'Within how long will you notify us of a breach affecting our data?', NULL, 'SINGLE_CHOICE', TRUE, '[{"value": "H24", "label": "Within 24 hours"}, {"value": "H48", "label": "Within 48 hours"}, {"value": "H72", "label": "Within 72 hours"}, {"value": "LONGER", "label": "Later than 72 hours"}, {"value": "NONE", "label": "No contractual commitment"}]', NULL, NULL, 'We need notice within 72 hours to meet GDPR. Describe how you would notify us in practice and when the contract can be amended.', '["LONGER", "NONE"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C20', 0, '["H24", "H48", "H72"]', 'MET', NULL),
    (@question_id, 'C20', 1, '["LONGER"]', 'PARTIAL', NULL),
    (@question_id, 'C20', 2, '["NONE"]', 'NOT_MET', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 3, 'C21.security_contact', 'Do you have named security contacts reachable 24x7, registered with us and with the platform?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C21', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C21', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C21', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C21', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 4, 'C32.breach_history', 'Have you had a material security breach in the last 36 months?', NULL, 'SINGLE_CHOICE', TRUE, '[{"value": "NONE", "label": "No"}, {"value": "DISCLOSED_FIXED", "label": "Yes, with a published root-cause analysis and verified fixes"}, {"value": "OTHER", "label": "Yes, other"}]', NULL, NULL, NULL, NULL);
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C32', 0, '["NONE"]', 'MET', NULL),
    (@question_id, 'C32', 1, '["DISCLOSED_FIXED"]', 'PARTIAL', NULL),
    (@question_id, 'C32', 2, '["OTHER"]', 'NOT_MET', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 5, 'C32.details', 'Describe the breach, its root cause and the fixes.', NULL, 'TEXT', TRUE, NULL, 'C32.breach_history', '["DISCLOSED_FIXED", "OTHER"]', NULL, NULL);

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 8, 'Threat, vulnerability and resilience', NULL);
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C22.threat_intel', 'Do you follow platform advisories and FBI/CISA alerts and act on them within a defined time?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C22', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C22', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C22', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C22', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C33.vuln_mgmt', 'Are critical patches applied within 14 days?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C33', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C33', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C33', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C33', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 2, 'C33.patch_days', 'How many days does it typically take to apply a critical patch?', NULL, 'NUMBER', FALSE, NULL, 'C33.vuln_mgmt', '["YES", "PARTIAL", "NO"]', NULL, NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 3, 'C34.backups', 'Are backups tested by restoring them?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C34', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C34', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C34', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C34', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 4, 'C30.pentest', 'Is an independent penetration test, including social engineering (vishing) and a SaaS configuration review, performed at least yearly?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C30', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C30', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C30', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C30', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 5, 'C30.last_test', 'When was the last penetration test completed?', NULL, 'DATE', FALSE, NULL, 'C30.pentest', '["YES", "PARTIAL"]', NULL, NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 6, 'C30.evidence', 'Upload the executive summary of the last penetration test.', NULL, 'FILE', FALSE, NULL, 'C30.pentest', '["YES", "PARTIAL"]', NULL, NULL);
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C30', 0, '["PROVIDED"]', NULL, 'INDEPENDENTLY_TESTED');

INSERT INTO questionnaire_section (template_id, position, title, description) VALUES (@template_id, 9, 'Assurance and supply chain', NULL);
SET @section_id = LAST_INSERT_ID();
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 0, 'C29.attestation', 'Which independent attestation covers the service?', NULL, 'SINGLE_CHOICE', TRUE, '[{"value": "SOC2_TYPE2", "label": "SOC 2 Type II from the last 12 months"}, {"value": "ISO27001", "label": "ISO 27001 certificate covering the service"}, {"value": "CSA_STAR2", "label": "CSA STAR Level 2"}, {"value": "OTHER", "label": "Other or older report"}, {"value": "NONE", "label": "None"}]', NULL, NULL, 'An independent attestation is expected for vendors holding our data. Describe the assurance you can offer instead and when an attestation will be available.', '["OTHER", "NONE"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C29', 0, '["SOC2_TYPE2", "ISO27001", "CSA_STAR2"]', 'MET', 'INDEPENDENTLY_TESTED'),
    (@question_id, 'C29', 1, '["OTHER"]', 'PARTIAL', NULL),
    (@question_id, 'C29', 2, '["NONE"]', 'NOT_MET', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 1, 'C29.report', 'Upload the attestation report or certificate.', NULL, 'FILE', TRUE, NULL, 'C29.attestation', '["SOC2_TYPE2", "ISO27001", "CSA_STAR2", "OTHER"]', NULL, NULL);
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C29', 0, '["PROVIDED"]', NULL, 'INDEPENDENTLY_TESTED');
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 2, 'C27.subprocessors', 'Do you disclose all subprocessors (including contact centres, BPOs and connected SaaS apps), notify us before changes, and flow these controls down to them?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C27', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C27', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C27', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C27', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
INSERT INTO questionnaire_question (template_id, section_id, position, question_key, text, help_text, type, required, options, condition_question_key, condition_answers, warning_message, warning_answers) VALUES
    (@template_id, @section_id, 3, 'C35.contract', 'Does the contract give us a right to audit, deletion or return of our data at exit, and do you hold cyber insurance?', NULL, 'YES_NO_PARTIAL_NA', TRUE, NULL, NULL, NULL, 'This falls short of our policy. Describe the compensating control you rely on and the date by which the gap will be closed.', '["NO", "PARTIAL"]');
SET @question_id = LAST_INSERT_ID();
INSERT INTO questionnaire_control_rule (question_id, control_code, position, answers, control_status, evidence_quality) VALUES
    (@question_id, 'C35', 0, '["YES"]', 'MET', NULL),
    (@question_id, 'C35', 1, '["PARTIAL"]', 'PARTIAL', NULL),
    (@question_id, 'C35', 2, '["NO"]', 'NOT_MET', NULL),
    (@question_id, 'C35', 3, '["NA"]', 'NOT_APPLICABLE', NULL);
