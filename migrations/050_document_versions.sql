-- Every text a document has had through the admin API, so an earlier one can be listed and
-- restored. `source` is the corpus file (front matter and body) as it went live; `format` and
-- `file_name` say what was uploaded (a .docx or .pdf is stored as the text read from it).
-- `restored_from` names the version a restore copied.
CREATE TABLE IF NOT EXISTS document_versions (
  doc_id        text        NOT NULL,
  version       integer     NOT NULL,
  source        text        NOT NULL,
  format        text        NOT NULL DEFAULT 'markdown',
  file_name     text,
  restored_from integer,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (doc_id, version)
);

-- Whatever writes admin_documents (the upload flow, restores, or PUT /admin/documents/:id),
-- the text that goes live is kept: a new source becomes the next version unless the newest
-- version already holds it (the upload flow writes its version, with format and file name,
-- in the same transaction just before).
CREATE OR REPLACE FUNCTION record_document_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  latest integer;
  latest_source text;
BEGIN
  SELECT version, source INTO latest, latest_source
    FROM document_versions WHERE doc_id = NEW.doc_id ORDER BY version DESC LIMIT 1;
  IF latest IS NULL OR latest_source IS DISTINCT FROM NEW.source THEN
    INSERT INTO document_versions (doc_id, version, source, created_at)
    VALUES (NEW.doc_id, COALESCE(latest, 0) + 1, NEW.source, NEW.updated_at);
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS admin_documents_version ON admin_documents;
CREATE TRIGGER admin_documents_version
  AFTER INSERT OR UPDATE OF source ON admin_documents
  FOR EACH ROW EXECUTE FUNCTION record_document_version();

-- Documents stored before versions were kept become their version 1.
INSERT INTO document_versions (doc_id, version, source, created_at)
  SELECT doc_id, 1, source, updated_at FROM admin_documents
  ON CONFLICT (doc_id, version) DO NOTHING;

-- Uploads waiting for a person to look at their preview and commit them. `source` is the
-- corpus file built from the upload; `base_version` is the newest version of the document
-- when the preview was made, so a commit after someone else's is refused rather than
-- silently overwriting it. Rows expire; a committed row remembers its version so a retried
-- commit gets the same answer.
CREATE TABLE IF NOT EXISTS document_uploads (
  id                text        PRIMARY KEY,
  doc_id            text        NOT NULL,
  source            text        NOT NULL,
  format            text        NOT NULL,
  file_name         text,
  warnings          text        NOT NULL DEFAULT '[]',
  base_version      integer,
  created_at        timestamptz NOT NULL DEFAULT now(),
  expires_at        timestamptz NOT NULL,
  committed_version integer,
  committed_at      timestamptz
);
CREATE INDEX IF NOT EXISTS document_uploads_expires ON document_uploads (expires_at);
