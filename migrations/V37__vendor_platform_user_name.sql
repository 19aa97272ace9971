-- A vendor's users are listed by name, 100 at most per platform (usedBy). Ranking them needed every user of the
-- platform joined to vendor and sorted: at 100,000 vendors a page of the vendor list holding the 20 platforms
-- read 700,000 rows and took 0.6 s. The user's name is kept on the link, so the first 100 come straight from
-- this index. The application writes it with the link, from the vendor row, and re-writes a vendor's links
-- whenever the vendor is updated, which is the only way its name changes.
ALTER TABLE vendor_platform ADD COLUMN user_name VARCHAR(200) NULL;

UPDATE vendor_platform vp JOIN vendor v ON v.id = vp.vendor_id SET vp.user_name = v.name;

ALTER TABLE vendor_platform MODIFY user_name VARCHAR(200) NOT NULL,
    ADD KEY ix_vendor_platform_platform_user (platform_id, user_name, vendor_id),
    DROP KEY ix_vendor_platform_platform;
