/* convene-detail-block.h: one row of the detail pane (a heading, a
 * paragraph or a piece of one, an outcome, a note, a source)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-meeting.h"

G_BEGIN_DECLS

typedef enum {
  CONVENE_DETAIL_CAPTION,     /* a meeting's kind, above its title */
  CONVENE_DETAIL_TITLE,       /* the meeting's or the dataset's title */
  CONVENE_DETAIL_COUNTS,      /* a dataset's size */
  CONVENE_DETAIL_DATE,        /* one line, with a calendar */
  CONVENE_DETAIL_PLACE,       /* one line, with a pin */
  CONVENE_DETAIL_HEADING,     /* a section's title */
  CONVENE_DETAIL_SUBHEADING,  /* a group of attendance */
  CONVENE_DETAIL_PARAGRAPH,        /* a paragraph */
  CONVENE_DETAIL_DIM,         /* a paragraph saying what is not known */
  CONVENE_DETAIL_OUTCOME,     /* after a bullet */
  CONVENE_DETAIL_ITEM,        /* an outcome's sub-point, after a dash */
  CONVENE_DETAIL_CONTRADICTION, /* notes, in a card */
  CONVENE_DETAIL_GAP,
  CONVENE_DETAIL_REMARK,
  CONVENE_DETAIL_SOURCE,      /* a link, or a title without one */
  CONVENE_DETAIL_MEETING,     /* a line that opens a meeting (its id the extra) */
  CONVENE_DETAIL_WIDGET,      /* a widget of its own (what changed, the record's patterns) */
  CONVENE_DETAIL_N_STYLES
} ConveneDetailStyle;

#define CONVENE_TYPE_DETAIL_BLOCK (convene_detail_block_get_type ())
G_DECLARE_FINAL_TYPE (ConveneDetailBlock, convene_detail_block, CONVENE, DETAIL_BLOCK, GObject)

ConveneDetailBlock *convene_detail_block_new           (ConveneDetailStyle  style,
                                                        const char         *text,
                                                        gsize               length,
                                                        const char         *extra,
                                                        gboolean            continued);
ConveneDetailBlock *convene_detail_block_new_for_meeting (ConveneMeeting *meeting,
                                                          ConveneRole     role);
ConveneDetailBlock *convene_detail_block_new_for_widget (GtkWidget       *widget);
void                convene_detail_block_assign        (ConveneDetailBlock *self,
                                                        ConveneDetailBlock *from);
ConveneDetailStyle  convene_detail_block_get_style     (ConveneDetailBlock *self);
GtkWidget          *convene_detail_block_get_widget    (ConveneDetailBlock *self);
const char         *convene_detail_block_get_text      (ConveneDetailBlock *self);
const char         *convene_detail_block_get_extra     (ConveneDetailBlock *self);
gboolean            convene_detail_block_get_continued (ConveneDetailBlock *self);

void convene_detail_blocks_add         (GPtrArray          *blocks,
                                        ConveneDetailStyle  style,
                                        const char         *text,
                                        const char         *extra);
void convene_detail_blocks_add_line    (GPtrArray          *blocks,
                                        ConveneDetailStyle  style,
                                        const char         *text);
void convene_detail_blocks_show        (GListStore         *store,
                                        GtkWidget          *view,
                                        GPtrArray          *blocks,
                                        guint               n_first);
gboolean convene_detail_blocks_get_filling (GListStore       *store);
void convene_detail_blocks_add_sources (GPtrArray          *blocks,
                                        const char         *heading,
                                        GPtrArray          *sources);

G_END_DECLS
