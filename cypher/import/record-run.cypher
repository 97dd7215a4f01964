// Remembers an import run, for GET /api/stats.
CREATE (:ImportRun {id: $id, started: $started, finished: $finished, articles_new: $new,
                    articles_changed: $changed, articles_unchanged: $unchanged, articles_failed: $failed})
