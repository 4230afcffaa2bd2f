/* convene-draft.h: unsaved work kept on disk, found again after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-document.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_DRAFT (convene_draft_get_type ())
G_DECLARE_FINAL_TYPE (ConveneDraft, convene_draft, CONVENE, DRAFT, GObject)

char            *convene_draft_dup_directory (void);
GListModel      *convene_draft_list          (void);
GFile           *convene_draft_get_file      (ConveneDraft  *self);
GFile           *convene_draft_get_original  (ConveneDraft  *self);
const char      *convene_draft_get_title     (ConveneDraft  *self);
GDateTime       *convene_draft_get_written   (ConveneDraft  *self);
ConveneDocument *convene_draft_restore       (ConveneDraft  *self,
                                              GError       **error);
gboolean         convene_draft_discard       (ConveneDraft  *self,
                                              GError       **error);

/* For ConveneDocument */
ConveneDraft    *_convene_draft_new_for_document (void);
gboolean         _convene_draft_write        (ConveneDraft  *self,
                                              ConveneDocument *document,
                                              GError       **error);
void             _convene_draft_write_in_steps (ConveneDraft *self,
                                              ConveneDocument *document);
void             _convene_draft_cancel       (ConveneDraft  *self);

G_END_DECLS
