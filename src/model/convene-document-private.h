/* convene-document-private.h: what the files of ConveneDocument share
 *
 * ConveneDocument is one type in four files: convene-document.c (the
 * document, its history, drafts and saving), convene-document-meeting.c,
 * convene-document-lists.c and convene-document-participants.c (the
 * commands).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset-private.h"
#include "convene-document.h"
#include "convene-meeting-private.h"

G_BEGIN_DECLS

struct _ConveneDocument
{
  GObject parent_instance;

  ConveneDataset *dataset;
  ConveneHistory *history;
  char *etag;               /* of the file as loaded or last saved; NULL: unknown */
  ConveneDraft *draft;      /* nullable: made when first written */
  guint draft_delay;        /* ms after the last change; 0: no drafts */
  guint draft_source;
  GFileMonitor *monitor;    /* of the file, when it is a local one */
  gboolean changed_on_disk; /* by someone else, since loaded or saved */
  guint saving;             /* saves under way: their own changes are not someone else's */
};

void _convene_document_push_labelled     (ConveneDocument     *self,
                                          ConveneEdit         *edit,
                                          const char          *label);
void _convene_document_push_meeting_value (ConveneDocument     *self,
                                          ConveneMeeting      *meeting,
                                          ConveneMeetingField  field,
                                          ConveneMeetingValue *value,
                                          gboolean             mergeable);

/* A copy of text, or NULL for NULL or "": a field that may be left out */
static inline char *
_convene_document_nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

G_END_DECLS
