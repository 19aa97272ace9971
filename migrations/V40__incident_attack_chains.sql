-- Incidents as attack chains (docs/scoring-model.md): each incident carries its ordered steps, each step its ATT&CK
-- techniques and the controls that break it with a strength 0..1 (how likely the control, met and independently
-- tested, stops the campaign at that step). The steps replace incident_exploited_control, the relevance list of
-- model 2026.1. Platforms gain a role (the platform whose features or customers are abused, or a vendor confirmed
-- compromised), and attribution becomes a list of claims, each with its confidence and who makes it.

CREATE TABLE incident_step (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    incident_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    source_url  VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_incident_step_position (incident_id, position),
    CONSTRAINT fk_incident_step_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE incident_step_technique (
    step_id      BIGINT      NOT NULL,
    technique_id VARCHAR(20) NOT NULL,
    PRIMARY KEY (step_id, technique_id),
    CONSTRAINT fk_incident_step_technique_step FOREIGN KEY (step_id) REFERENCES incident_step (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE incident_step_control (
    step_id      BIGINT       NOT NULL,
    control_code VARCHAR(20)  NOT NULL,
    strength     DECIMAL(3,2) NOT NULL,
    PRIMARY KEY (step_id, control_code),
    KEY ix_incident_step_control_control (control_code),
    CONSTRAINT fk_incident_step_control_step FOREIGN KEY (step_id) REFERENCES incident_step (id) ON DELETE CASCADE,
    CONSTRAINT fk_incident_step_control_control FOREIGN KEY (control_code) REFERENCES control (code),
    CONSTRAINT ck_incident_step_control_strength CHECK (strength BETWEEN 0 AND 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE incident_attribution (
    incident_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    confidence  VARCHAR(20)   NOT NULL,
    stated_by   VARCHAR(200)  NOT NULL,
    source_url  VARCHAR(1000) NULL,
    PRIMARY KEY (incident_id, position),
    CONSTRAINT fk_incident_attribution_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE,
    CONSTRAINT ck_incident_attribution_confidence CHECK (confidence IN ('CONFIRMED', 'ATTRIBUTED', 'CLAIMED', 'SUSPECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE incident_platform
    ADD COLUMN role VARCHAR(20) NOT NULL DEFAULT 'ABUSED',
    ADD CONSTRAINT ck_incident_platform_role CHECK (role IN ('ABUSED', 'COMPROMISED'));

-- Incidents recorded by users keep what they said: their exploited controls become a one-step chain with the
-- relevance as strength (a step every listed control can break).
INSERT INTO incident_step (incident_id, position, name)
SELECT DISTINCT incident_id, 0, 'Exploited controls' FROM incident_exploited_control WHERE incident_id > 6;
INSERT INTO incident_step_control (step_id, control_code, strength)
SELECT s.id, c.control_code, c.relevance
  FROM incident_exploited_control c JOIN incident_step s ON s.incident_id = c.incident_id AND s.position = 0
 WHERE c.incident_id > 6;
DROP TABLE incident_exploited_control;

-- The seeded campaigns' chains (knowledge base sections 1.2 and 1.3; docs/scoring-model.md cites each choice).
-- Extortion (UNC6040 V7) and secret hunting (UNC6395 T4) follow the theft: no vendor control stops them once the
-- data is gone, so they are not steps; the controls that limit them weigh in every vendor's baseline.
INSERT INTO incident_step (incident_id, position, name, source_url) VALUES
(1, 0, 'Vishing call posing as IT support', 'https://cloud.google.com/blog/topics/threat-intelligence/voice-phishing-data-extortion'),
(1, 1, 'Credentials and MFA code typed into a fake login page', 'https://cloud.google.com/blog/topics/threat-intelligence/voice-phishing-data-extortion'),
(1, 2, 'Malicious connected app authorised through the OAuth device flow', 'https://cloud.google.com/blog/topics/threat-intelligence/voice-phishing-data-extortion'),
(1, 3, 'Discovery of sensitive objects', 'https://attack.mitre.org/campaigns/C0059/'),
(1, 4, 'Bulk export through the API', 'https://attack.mitre.org/campaigns/C0059/'),
(2, 0, 'Stolen OAuth tokens replayed from attacker infrastructure', 'https://cloud.google.com/blog/topics/threat-intelligence/data-theft-salesforce-instances-via-salesloft-drift'),
(2, 1, 'Reconnaissance queries', 'https://cloud.google.com/blog/topics/threat-intelligence/data-theft-salesforce-instances-via-salesloft-drift'),
(2, 2, 'Bulk export through the API', 'https://cloud.google.com/blog/topics/threat-intelligence/data-theft-salesforce-instances-via-salesloft-drift'),
(3, 0, 'Stolen OAuth tokens of the connected app replayed', 'https://thehackernews.com/2025/11/gainsight-expands-impacted-customer.html'),
(3, 1, 'Reconnaissance queries', 'https://thehackernews.com/2025/11/gainsight-expands-impacted-customer.html'),
(3, 2, 'Bulk export through the API', 'https://thehackernews.com/2025/11/gainsight-expands-impacted-customer.html'),
(4, 0, 'Sign-in with infostealer credentials that were never rotated', 'https://cloud.google.com/blog/topics/threat-intelligence/unc5537-snowflake-data-theft-extortion'),
(4, 1, 'Bulk export of the customer tables', 'https://cloud.google.com/blog/topics/threat-intelligence/unc5537-snowflake-data-theft-extortion'),
(5, 0, 'SQL injection in the internet-facing server, before any patch existed', 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-158a'),
(5, 1, 'LEMURLOOT web shell installed', 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-158a'),
(5, 2, 'Stored files exfiltrated', 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-158a'),
(6, 0, 'Service-account credentials saved in a personal browser profile reused', 'https://sec.okta.com/articles/2023/11/unauthorized-access-oktas-support-case-management-system-root-cause'),
(6, 1, 'HAR files with session tokens taken from support cases', 'https://sec.okta.com/harfiles'),
(6, 2, 'Customer sessions hijacked with the stolen tokens', 'https://blog.cloudflare.com/how-cloudflare-mitigated-yet-another-okta-compromise/');

INSERT INTO incident_technique (incident_id, technique_id, name) VALUES
(3, 'T1078.004', 'Valid Accounts: Cloud Accounts'),
(3, 'T1090.003', 'Proxy: Multi-hop Proxy'),
(3, 'T1087.004', 'Account Discovery: Cloud Account'),
(3, 'T1213.004', 'Data from Information Repositories: Customer Relationship Software'),
(3, 'T1020', 'Automated Exfiltration'),
(3, 'T1567', 'Exfiltration Over Web Service'),
(4, 'T1020', 'Automated Exfiltration'),
(4, 'T1567', 'Exfiltration Over Web Service'),
(5, 'T1048', 'Exfiltration Over Alternative Protocol');

INSERT INTO incident_step_technique (step_id, technique_id)
SELECT s.id, t.technique_id FROM incident_step s
  JOIN (SELECT 1 AS incident_id, 0 AS position, 'T1598.004' AS technique_id
        UNION ALL SELECT 1, 0, 'T1566.004' UNION ALL SELECT 1, 0, 'T1656' UNION ALL SELECT 1, 0, 'T1090.003'
        UNION ALL SELECT 1, 1, 'T1608.005' UNION ALL SELECT 1, 1, 'T1078.004' UNION ALL SELECT 1, 1, 'T1111'
        UNION ALL SELECT 1, 2, 'T1671' UNION ALL SELECT 1, 2, 'T1036' UNION ALL SELECT 1, 2, 'T1528'
        UNION ALL SELECT 1, 2, 'T1550.001'
        UNION ALL SELECT 1, 3, 'T1083' UNION ALL SELECT 1, 3, 'T1213.004'
        UNION ALL SELECT 1, 4, 'T1020' UNION ALL SELECT 1, 4, 'T1567' UNION ALL SELECT 1, 4, 'T1059.006'
        UNION ALL SELECT 2, 0, 'T1550.001' UNION ALL SELECT 2, 0, 'T1078.004' UNION ALL SELECT 2, 0, 'T1090.003'
        UNION ALL SELECT 2, 1, 'T1087.004' UNION ALL SELECT 2, 1, 'T1213.004'
        UNION ALL SELECT 2, 2, 'T1020' UNION ALL SELECT 2, 2, 'T1567' UNION ALL SELECT 2, 2, 'T1059.006'
        UNION ALL SELECT 3, 0, 'T1550.001' UNION ALL SELECT 3, 0, 'T1078.004' UNION ALL SELECT 3, 0, 'T1090.003'
        UNION ALL SELECT 3, 1, 'T1087.004' UNION ALL SELECT 3, 1, 'T1213.004'
        UNION ALL SELECT 3, 2, 'T1020' UNION ALL SELECT 3, 2, 'T1567'
        UNION ALL SELECT 4, 0, 'T1078.004'
        UNION ALL SELECT 4, 1, 'T1020' UNION ALL SELECT 4, 1, 'T1567'
        UNION ALL SELECT 5, 0, 'T1190'
        UNION ALL SELECT 5, 1, 'T1505.003'
        UNION ALL SELECT 5, 2, 'T1048'
        UNION ALL SELECT 6, 0, 'T1078' UNION ALL SELECT 6, 0, 'T1552.001'
        UNION ALL SELECT 6, 1, 'T1199'
        UNION ALL SELECT 6, 2, 'T1550.004') t
    ON t.incident_id = s.incident_id AND t.position = s.position
 WHERE s.incident_id <= 6;

INSERT INTO incident_step_control (step_id, control_code, strength)
SELECT s.id, c.control_code, c.strength FROM incident_step s
  JOIN (SELECT 1 AS incident_id, 0 AS position, 'C05' AS control_code, 0.50 AS strength
        UNION ALL SELECT 1, 0, 'C28', 0.50 UNION ALL SELECT 1, 0, 'C04', 0.30 UNION ALL SELECT 1, 0, 'C30', 0.20
        UNION ALL SELECT 1, 1, 'C02', 0.90 UNION ALL SELECT 1, 1, 'C11', 0.80 UNION ALL SELECT 1, 1, 'C01', 0.20
        UNION ALL SELECT 1, 1, 'C03', 0.20 UNION ALL SELECT 1, 1, 'C13', 0.20
        UNION ALL SELECT 1, 2, 'C08', 0.90 UNION ALL SELECT 1, 2, 'C07', 0.70 UNION ALL SELECT 1, 2, 'C16', 0.40
        UNION ALL SELECT 1, 2, 'C31', 0.40 UNION ALL SELECT 1, 2, 'C13', 0.30
        UNION ALL SELECT 1, 3, 'C06', 0.30 UNION ALL SELECT 1, 3, 'C16', 0.30
        UNION ALL SELECT 1, 4, 'C16', 0.70 UNION ALL SELECT 1, 4, 'C17', 0.60 UNION ALL SELECT 1, 4, 'C07', 0.50
        UNION ALL SELECT 1, 4, 'C11', 0.50 UNION ALL SELECT 1, 4, 'C06', 0.40 UNION ALL SELECT 1, 4, 'C15', 0.20
        UNION ALL SELECT 1, 4, 'C25', 0.20
        UNION ALL SELECT 2, 0, 'C12', 0.90 UNION ALL SELECT 2, 0, 'C10', 0.50 UNION ALL SELECT 2, 0, 'C09', 0.30
        UNION ALL SELECT 2, 0, 'C16', 0.30
        UNION ALL SELECT 2, 1, 'C06', 0.30 UNION ALL SELECT 2, 1, 'C16', 0.30
        UNION ALL SELECT 2, 2, 'C16', 0.60 UNION ALL SELECT 2, 2, 'C06', 0.40 UNION ALL SELECT 2, 2, 'C15', 0.20
        UNION ALL SELECT 2, 2, 'C25', 0.20
        UNION ALL SELECT 3, 0, 'C12', 0.90 UNION ALL SELECT 3, 0, 'C10', 0.50 UNION ALL SELECT 3, 0, 'C09', 0.30
        UNION ALL SELECT 3, 0, 'C16', 0.30
        UNION ALL SELECT 3, 1, 'C06', 0.30 UNION ALL SELECT 3, 1, 'C16', 0.30
        UNION ALL SELECT 3, 2, 'C16', 0.60 UNION ALL SELECT 3, 2, 'C06', 0.40 UNION ALL SELECT 3, 2, 'C15', 0.20
        UNION ALL SELECT 3, 2, 'C25', 0.20
        UNION ALL SELECT 4, 0, 'C01', 0.90 UNION ALL SELECT 4, 0, 'C02', 0.90 UNION ALL SELECT 4, 0, 'C11', 0.80
        UNION ALL SELECT 4, 0, 'C03', 0.60 UNION ALL SELECT 4, 0, 'C10', 0.40
        UNION ALL SELECT 4, 1, 'C16', 0.50 UNION ALL SELECT 4, 1, 'C06', 0.40 UNION ALL SELECT 4, 1, 'C17', 0.30
        UNION ALL SELECT 4, 1, 'C15', 0.20
        UNION ALL SELECT 5, 0, 'C22', 0.20 UNION ALL SELECT 5, 0, 'C33', 0.10
        UNION ALL SELECT 5, 1, 'C16', 0.40 UNION ALL SELECT 5, 1, 'C15', 0.30
        UNION ALL SELECT 5, 2, 'C25', 0.50 UNION ALL SELECT 5, 2, 'C16', 0.40
        UNION ALL SELECT 6, 0, 'C10', 0.40 UNION ALL SELECT 6, 0, 'C14', 0.30
        UNION ALL SELECT 6, 1, 'C18', 0.70
        UNION ALL SELECT 6, 2, 'C13', 0.70 UNION ALL SELECT 6, 2, 'C16', 0.30) c
    ON c.incident_id = s.incident_id AND c.position = s.position
 WHERE s.incident_id <= 6;

-- Who did it, as the public record states it: attribution is a claim with a confidence, not a fact.
INSERT INTO incident_attribution (incident_id, position, actor, confidence, stated_by, source_url) VALUES
(1, 0, 'UNC6040 (intrusions)', 'ATTRIBUTED', 'Google Threat Intelligence Group', 'https://cloud.google.com/blog/topics/threat-intelligence/voice-phishing-data-extortion'),
(1, 1, 'UNC6240, using the ShinyHunters name (extortion)', 'ATTRIBUTED', 'Google Threat Intelligence Group', 'https://cloud.google.com/blog/topics/threat-intelligence/voice-phishing-data-extortion'),
(1, 2, 'Scattered LAPSUS$ Hunters (leak site naming about 39 Salesforce customers, Qantas among them)', 'CLAIMED', 'the group itself, as reported by ABC News', 'https://newsapp.abc.net.au/news/2025-10-08/qantas-responds-to-cyber-hacker-threat-to-release-data/105866656'),
(2, 0, 'UNC6395', 'ATTRIBUTED', 'Google Threat Intelligence Group', 'https://cloud.google.com/blog/topics/threat-intelligence/data-theft-salesforce-instances-via-salesloft-drift'),
(3, 0, 'Unattributed; the user agent matches the UNC6395 activity', 'SUSPECTED', 'The Hacker News, citing Salesforce', 'https://thehackernews.com/2025/11/gainsight-expands-impacted-customer.html'),
(4, 0, 'UNC5537', 'ATTRIBUTED', 'Mandiant', 'https://cloud.google.com/blog/topics/threat-intelligence/unc5537-snowflake-data-theft-extortion'),
(5, 0, 'CL0P ransomware gang', 'ATTRIBUTED', 'CISA and FBI', 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-158a');

-- The roles of the seeded platforms: the vendor whose tokens were stolen was compromised; the others were abused.
UPDATE incident_platform SET role = 'COMPROMISED'
 WHERE (incident_id = 2 AND name = 'Salesloft Drift') OR (incident_id = 3 AND name = 'Gainsight')
    OR (incident_id = 6 AND name = 'Okta');

-- Facts from the public record (knowledge base section 4.4).
-- UNC6040's activity went on into October 2025: the leak site named its victims and published Qantas data around
-- 11 October. Qantas is not filed under UNC6040 as fact: the reports cite a claim.
UPDATE incident SET last_seen = '2025-10-11', threat_actor = 'UNC6040 (attributed); extortion by UNC6240 (attributed); Qantas data claimed by Scattered LAPSUS$ Hunters',
       summary = REPLACE(summary, 'Qantas detected unusual activity', 'Qantas, whose data the "Scattered LAPSUS$ Hunters" leak site claimed (a claim, not an attribution by investigators), detected unusual activity')
 WHERE id = 1;
-- Snowflake customers lost far more than contact data: SSNs, driver-licence numbers, call and text records.
INSERT INTO incident_data_category (incident_id, data_category) VALUES
(4, 'TAX_ID'),
(4, 'DRIVER_LICENCE');
UPDATE incident SET summary = CONCAT(summary, ' Among the named victims the data taken included Social Security numbers, driver-licence numbers and call and text records, not only contact details.')
 WHERE id = 4;
UPDATE incident SET summary = CONCAT(summary, ' MOVEit was exploited before any patch existed (a zero-day), so patch speed weighs little here; detection, segmentation and keeping fewer files stored limited the damage.')
 WHERE id = 5;
