-- The language of an organisation's invitation e-mails when the inviter picks none (issue 18,
-- item 8): the create dialog's default. NULL: the deployment's default (ServiceConfig).
ALTER TABLE organizations ADD COLUMN default_language text
    CHECK (default_language IN ('en', 'es'));
