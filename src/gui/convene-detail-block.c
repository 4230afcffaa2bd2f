/* convene-detail-block.c
 *
 * What one row of the detail pane shows: its style, its text (a whole
 * paragraph, or a piece of a long one), and for a note its heading, for a
 * source its address, for a meeting its id. The pane (and the Participants
 * page) keeps a list of these; its list view makes rows only for those on
 * screen, and reuses them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-detail-block.h"

#include <string.h>

#include <glib/gi18n.h>

#include "convene-meeting.h"
#include "convene-record.h"
#include "convene-statistics.h"
#include "convene-text.h"

/* The most characters one block shows: longer paragraphs are cut into
 * blocks at a space near this length (or between any two characters of a
 * word longer than that). About a screenful at the pane's widest. */
#define CHUNK_CHARS 1500

/* The most characters a one-line block (a date, a place) is given: it is
 * cut short with "…" far before that. */
#define LINE_CHARS 400

/* What convene_detail_blocks_show() shows at once: its first blocks up to
 * FIRST_BYTES of text; then, one batch in each frame, FILL_BLOCKS or
 * FILL_BYTES at a time, below what is on screen. A batch of FILL_BYTES of
 * one unbroken word, the costliest text to lay out, makes a frame of 4–9 ms
 * of processor time (docs/performance.md, "The detail pane"). */
#define FIRST_BYTES 12000
#define FILL_BYTES 3000
#define FILL_BLOCKS 24

struct _ConveneDetailBlock
{
  GObject parent_instance;

  ConveneDetailStyle style;
  gboolean continued;
  char *text;
  char *extra;
  GtkWidget *widget;
  ConveneMeeting *meeting;  /* a meeting's line, its text made when first asked for */
  ConveneRole role;
};

G_DEFINE_FINAL_TYPE (ConveneDetailBlock, convene_detail_block, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
convene_detail_block_finalize (GObject *object)
{
  ConveneDetailBlock *self = CONVENE_DETAIL_BLOCK (object);

  g_free (self->text);
  g_free (self->extra);
  g_clear_object (&self->widget);
  g_clear_object (&self->meeting);
  G_OBJECT_CLASS (convene_detail_block_parent_class)->finalize (object);
}

static void
convene_detail_block_class_init (ConveneDetailBlockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = convene_detail_block_finalize;

  /**
   * ConveneDetailBlock::changed:
   *
   * The block shows something else (convene_detail_block_assign()): the row
   * that shows it shows it again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
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

/**
 * convene_detail_block_new_for_meeting:
 *
 * A line that opens @meeting: its kind and date, then @role there ("…: observer"), the
 * text made when it is first asked for (a page may list a thousand meetings, of which a
 * screenful is shown at once).
 */
ConveneDetailBlock *
convene_detail_block_new_for_meeting (ConveneMeeting *meeting,
                                      ConveneRole     role)
{
  ConveneDetailBlock *self = g_object_new (CONVENE_TYPE_DETAIL_BLOCK, NULL);

  self->style = CONVENE_DETAIL_MEETING;
  self->extra = g_strdup (convene_meeting_get_id (meeting));
  self->meeting = g_object_ref (meeting);
  self->role = role;
  return self;
}

/* Makes @self show what @from shows, and says so ("changed"): a list view's
 * row then shows it at once, with no row made or destroyed. */
void
convene_detail_block_assign (ConveneDetailBlock *self,
                             ConveneDetailBlock *from)
{
  g_return_if_fail (CONVENE_IS_DETAIL_BLOCK (self));
  g_return_if_fail (CONVENE_IS_DETAIL_BLOCK (from));

  if (self == from)
    return;
  self->style = from->style;
  self->continued = from->continued;
  g_free (self->text);
  self->text = g_strdup (convene_detail_block_get_text (from));
  g_free (self->extra);
  self->extra = g_strdup (from->extra);
  g_set_object (&self->widget, from->widget);
  g_set_object (&self->meeting, from->meeting);
  self->role = from->role;
  g_signal_emit (self, signals[CHANGED], 0);
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

  if (self->text == NULL && self->meeting != NULL)
    {
      g_autofree char *title = convene_meeting_dup_kind_and_date (self->meeting);

      /* TRANSLATORS: a meeting, then the participant's role there */
      self->text = g_strdup_printf (_("%s: %s"), title, convene_role_get_label (self->role));
    }
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

/* Building a page of blocks */

/* Where to cut @text (at most CHUNK_CHARS characters from it): after the
 * last space of the second half of the chunk, or else between characters,
 * never parting one from its marks (convene_text_piece_end()). */
static const char *
chunk_end (const char *text)
{
  return convene_text_piece_end (text, CHUNK_CHARS, TRUE);
}

/* A heading (a title, a section's title) is one block: one longer than a
 * piece is cut short with "…". In pieces, a screen reader would hear a
 * heading a piece, and a frame would lay out a screenful of pieces in the
 * title's large type (a dataset title of 262,144 characters held the main
 * loop for 0.6 s). */
static gboolean
is_heading (ConveneDetailStyle style)
{
  return style == CONVENE_DETAIL_TITLE || style == CONVENE_DETAIL_HEADING ||
         style == CONVENE_DETAIL_SUBHEADING;
}

/* Blocks of @style for @text, in pieces of at most CHUNK_CHARS
 * characters (a heading: one block, cut short); @extra goes with the first. */
void
convene_detail_blocks_add (GPtrArray          *blocks,
                           ConveneDetailStyle  style,
                           const char         *text,
                           const char         *extra)
{
  const char *start = text != NULL ? text : "";

  do
    {
      const char *end = chunk_end (start);

      if (is_heading (style) && *end != '\0')
        {
          g_autofree char *piece = g_strndup (start, end - start);
          g_autofree char *cut = g_strconcat (piece, "…", NULL);

          g_ptr_array_add (blocks, convene_detail_block_new (style, cut, -1, extra, FALSE));
          return;
        }
      g_ptr_array_add (blocks, convene_detail_block_new (style, start, end - start, extra,
                                                         start != text && text != NULL));
      start = end;
    }
  while (*start != '\0');
}

/* A one-line block: the text cut short far beyond what a line shows */
void
convene_detail_blocks_add_line (GPtrArray          *blocks,
                                ConveneDetailStyle  style,
                                const char         *text)
{
  g_autofree char *line = convene_text_dup_capped (text, LINE_CHARS);

  g_ptr_array_add (blocks, convene_detail_block_new (style, line, -1, NULL, FALSE));
}

/* A heading, then a block for each source (a link when it has an address) */
void
convene_detail_blocks_add_sources (GPtrArray  *blocks,
                                   const char *heading,
                                   GPtrArray  *sources)
{
  if (sources == NULL || sources->len == 0)
    return;

  convene_detail_blocks_add (blocks, CONVENE_DETAIL_HEADING, heading, NULL);
  for (guint i = 0; i < sources->len; i++)
    {
      ConveneSource *source = g_ptr_array_index (sources, i);

      /* a link's title is one button, not pieces: one longer than a piece
       * is cut short with "…" (the address is what it is for) */
      const char *end = chunk_end (source->title);

      if (*end == '\0')
        g_ptr_array_add (blocks, convene_detail_block_new (CONVENE_DETAIL_SOURCE, source->title, -1,
                                                           source->url, FALSE));
      else
        {
          g_autofree char *start = g_strndup (source->title, end - source->title);
          g_autofree char *title = g_strconcat (start, "…", NULL);

          g_ptr_array_add (blocks, convene_detail_block_new (CONVENE_DETAIL_SOURCE, title, -1,
                                                             source->url, FALSE));
        }
    }
}

/* Showing a page of blocks */

typedef struct
{
  GListStore *store;   /* not held: the fill is the store's data */
  GtkWidget *view;     /* the list view showing @store (a weak pointer), or NULL */
  GPtrArray *blocks;   /* the page, shown up to next */
  guint next;
  guint source;        /* an idle, while the view has no frame clock */
  guint tick;          /* the view's tick callback: one batch a frame */
} Fill;

#define FILL_KEY "convene-detail-fill"

static void
fill_free (gpointer data)
{
  Fill *fill = data;

  g_clear_handle_id (&fill->source, g_source_remove);
  if (fill->view != NULL)
    {
      if (fill->tick != 0)
        gtk_widget_remove_tick_callback (fill->view, fill->tick);
      g_object_remove_weak_pointer (G_OBJECT (fill->view), (gpointer *) &fill->view);
    }
  g_ptr_array_unref (fill->blocks);
  g_free (fill);
}

/* How many blocks from @start to show together: at least one, at most
 * @max_blocks, and no more once @max_bytes of text are reached. */
static guint
count_blocks (GPtrArray *blocks,
              guint      start,
              guint      max_blocks,
              gsize      max_bytes)
{
  gsize bytes = 0;
  guint n = 0;

  while (start + n < blocks->len && n < max_blocks && bytes < max_bytes)
    bytes += strlen (convene_detail_block_get_text (blocks->pdata[start + n++]));
  return n;
}

static void
changed (GListModel *shown,
         guint       position)
{
  g_autoptr(ConveneDetailBlock) block = g_list_model_get_item (shown, position);

  if (block != NULL)
    g_signal_emit (block, signals[CHANGED], 0);
}

/* Shows blocks[start, start + n) at those positions of @store: the blocks
 * there already show them (their rows stay), the rest are added */
static void
show_range (GListStore *store,
            GPtrArray  *blocks,
            guint       start,
            guint       n)
{
  GListModel *shown = G_LIST_MODEL (store);
  guint n_shown = g_list_model_get_n_items (shown);
  guint i;

  for (i = start; i < start + n && i < n_shown; i++)
    {
      g_autoptr(ConveneDetailBlock) slot = g_list_model_get_item (shown, i);

      convene_detail_block_assign (slot, blocks->pdata[i]);
    }
  if (i < start + n)
    {
      g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

      for (; i < start + n; i++)
        g_ptr_array_add (added, convene_detail_block_new (CONVENE_DETAIL_PARAGRAPH, "", -1, NULL, FALSE));
      for (guint j = 0; j < added->len; j++)
        convene_detail_block_assign (added->pdata[j], blocks->pdata[n_shown + j]);
      g_list_store_splice (store, n_shown, 0, added->pdata, added->len);
      /* the row that was last loses the space below the end */
      if (n_shown > 0)
        changed (shown, n_shown - 1);
    }
}

/* Shows the next pending blocks below the others; once all are shown, takes
 * away what is left of the page before, FILL_BLOCKS at a time. Returns
 * whether there is more to do. */
static gboolean
fill_step (Fill *fill)
{
  GListModel *shown = G_LIST_MODEL (fill->store);
  guint n_shown = g_list_model_get_n_items (shown);

  if (fill->next < fill->blocks->len)
    {
      guint n = count_blocks (fill->blocks, fill->next, FILL_BLOCKS, FILL_BYTES);

      show_range (fill->store, fill->blocks, fill->next, n);
      fill->next += n;
      if (fill->next < fill->blocks->len || n_shown > fill->blocks->len)
        return TRUE;
    }
  else if (n_shown > fill->blocks->len)
    {
      guint n = MIN (FILL_BLOCKS, n_shown - fill->blocks->len);

      g_list_store_splice (fill->store, n_shown - n, n, NULL, 0);
      if (n_shown - n > fill->blocks->len)
        return TRUE;
      /* the row that is last now has the space below the end */
      if (n_shown - n > 0)
        changed (shown, n_shown - n - 1);
    }
  return FALSE;
}

/* The page is shown whole: the fill is done */
static void
fill_done (Fill *fill)
{
  g_object_set_data (G_OBJECT (fill->store), FILL_KEY, NULL);
}

/* A batch each frame, before the frame lays out what the batch added: so
 * a frame lays out one batch's rows, however much the page holds. (Added
 * when idle, batches were added faster than frames laid them out: a page
 * of 256k characters held the main loop 0.13–0.3 s at a time.) */
static gboolean
fill_tick (GtkWidget     *view,
           GdkFrameClock *clock,
           gpointer       data)
{
  Fill *fill = data;

  if (fill_step (fill))
    return G_SOURCE_CONTINUE;
  fill->tick = 0;
  fill_done (fill);
  return G_SOURCE_REMOVE;
}

static gboolean fill_idle (gpointer data);

/* The next batch: in the view's next frame, or when idle while the view
 * is not realized (it has no frame clock, and lays nothing out) */
static void
fill_schedule (Fill *fill)
{
  if (fill->view != NULL && gtk_widget_get_realized (fill->view))
    fill->tick = gtk_widget_add_tick_callback (fill->view, fill_tick, fill, NULL);
  else
    fill->source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_idle, fill, NULL);
}

static gboolean
fill_idle (gpointer data)
{
  Fill *fill = data;

  fill->source = 0;
  if (fill->view != NULL && gtk_widget_get_realized (fill->view))
    fill_schedule (fill);
  else if (fill_step (fill))
    fill_schedule (fill);
  else
    fill_done (fill);
  return G_SOURCE_REMOVE;
}

/**
 * convene_detail_blocks_show:
 * @store: the list view's blocks
 * @view: (nullable): the list view that shows @store
 * @blocks: (nullable): the page to show instead (NULL: only stop showing the last page)
 * @n_first: how many blocks to show at once (at most; fewer if they hold much text)
 *
 * Shows @blocks in @store: the first screenful at once, the rest a batch
 * at a time, one batch in each of @view's frames. The blocks of @store are
 * kept and made to show the new page's (convene_detail_block_assign()), so
 * the rows on screen show the new page without a row made or destroyed;
 * what the new page has beyond them is added, and what the old page had
 * beyond the new one taken away, a batch at a time. (A GTK 4.8 list view
 * makes rows for up to 200 items around what is on screen, whether they
 * show or not, and makes a new row for each new item: a page of hundreds
 * of new blocks at once would make hundreds of rows before the first frame.)
 */
void
convene_detail_blocks_show (GListStore *store,
                            GtkWidget  *view,
                            GPtrArray  *blocks,
                            guint       n_first)
{
  guint n;

  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (view == NULL || GTK_IS_WIDGET (view));

  g_object_set_data (G_OBJECT (store), FILL_KEY, NULL);
  if (blocks == NULL)
    return;
  n = count_blocks (blocks, 0, MAX (n_first, 1), FIRST_BYTES);
  show_range (store, blocks, 0, n);
  if (n < blocks->len || g_list_model_get_n_items (G_LIST_MODEL (store)) > blocks->len)
    {
      Fill *fill = g_new0 (Fill, 1);

      fill->store = store;
      fill->blocks = g_ptr_array_ref (blocks);
      fill->next = n;
      if (view != NULL)
        {
          fill->view = view;
          g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &fill->view);
        }
      g_object_set_data_full (G_OBJECT (store), FILL_KEY, fill, fill_free);
      fill_schedule (fill);
    }
}

/* Whether @store is still being filled with the page last shown (for tests
 * and benchmarks: the rest of a page is added a batch a frame) */
gboolean
convene_detail_blocks_get_filling (GListStore *store)
{
  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);
  return g_object_get_data (G_OBJECT (store), FILL_KEY) != NULL;
}
