/* convene-detail-block.c
 *
 * What one row of the detail pane shows: its style, its text (a whole
 * paragraph, or a piece of a long one), and for a note its heading or for a
 * source its address. The pane keeps a list of these; its list view makes
 * rows only for those on screen, and reuses them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-detail-block.h"

struct _ConveneDetailBlock
{
  GObject parent_instance;

  ConveneDetailStyle style;
  gboolean continued;
  char *text;
  char *extra;
  GtkWidget *widget;
};

G_DEFINE_FINAL_TYPE (ConveneDetailBlock, convene_detail_block, G_TYPE_OBJECT)

static void
convene_detail_block_finalize (GObject *object)
{
  ConveneDetailBlock *self = CONVENE_DETAIL_BLOCK (object);

  g_free (self->text);
  g_free (self->extra);
  g_clear_object (&self->widget);
  G_OBJECT_CLASS (convene_detail_block_parent_class)->finalize (object);
}

static void
convene_detail_block_class_init (ConveneDetailBlockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = convene_detail_block_finalize;
}

static void
convene_detail_block_init (ConveneDetailBlock *self)
{
}

/* A block of @style showing @length bytes of @text (-1: all of it).
 * @extra is a note's heading or a source's address (nullable); @continued
 * says that the block goes on from the one before (a piece of the same
 * paragraph), so it has no heading, bullet or space above. */
ConveneDetailBlock *
convene_detail_block_new (ConveneDetailStyle  style,
                          const char         *text,
                          gsize               length,
                          const char         *extra,
                          gboolean            continued)
{
  ConveneDetailBlock *self = g_object_new (CONVENE_TYPE_DETAIL_BLOCK, NULL);

  self->style = style;
  self->text = length == (gsize) -1 ? g_strdup (text) : g_strndup (text, length);
  self->extra = g_strdup (extra);
  self->continued = continued;
  return self;
}

/* A block that shows @widget (the row that shows it holds it while it
 * does; the pane keeps it) */
ConveneDetailBlock *
convene_detail_block_new_for_widget (GtkWidget *widget)
{
  ConveneDetailBlock *self = convene_detail_block_new (CONVENE_DETAIL_WIDGET, "", -1, NULL, FALSE);

  self->widget = g_object_ref (widget);
  return self;
}

/* Returns: (transfer none) (nullable): the widget of a CONVENE_DETAIL_WIDGET block */
GtkWidget *
convene_detail_block_get_widget (ConveneDetailBlock *self)
{
  g_return_val_if_fail (CONVENE_IS_DETAIL_BLOCK (self), NULL);
  return self->widget;
}

ConveneDetailStyle
convene_detail_block_get_style (ConveneDetailBlock *self)
{
  g_return_val_if_fail (CONVENE_IS_DETAIL_BLOCK (self), CONVENE_DETAIL_PARAGRAPH);
  return self->style;
}

const char *
convene_detail_block_get_text (ConveneDetailBlock *self)
{
  g_return_val_if_fail (CONVENE_IS_DETAIL_BLOCK (self), NULL);
  return self->text;
}

/* Returns: (nullable): a note's heading, a source's address */
const char *
convene_detail_block_get_extra (ConveneDetailBlock *self)
{
  g_return_val_if_fail (CONVENE_IS_DETAIL_BLOCK (self), NULL);
  return self->extra;
}

gboolean
convene_detail_block_get_continued (ConveneDetailBlock *self)
{
  g_return_val_if_fail (CONVENE_IS_DETAIL_BLOCK (self), FALSE);
  return self->continued;
}
