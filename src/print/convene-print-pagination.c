/* convene-print-pagination.c
 *
 * Paginating a large document takes seconds (a summary of 100,000
 * co-chairs, a matrix of 10,000 meetings); the window must not stop for
 * that. A ConvenePrintPagination paginates a layout in steps: each call of
 * convene_print_pagination_step() lets the pagination run for about the
 * time it is given, then returns, so the main loop goes on between steps
 * (GtkPrintOperation's "paginate" is called again and again until it says
 * it is done).
 *
 * The pagination runs on a thread of its own, but never at the same time
 * as the thread that calls step(): step() hands over and waits until the
 * pagination pauses at one of the layout's checkpoints
 * (convene_print_layout_set_checkpoint(): after each text laid out, each
 * item placed) once its time is up. So the layout, the model it reads, Pango
 * and its font map are only ever used by one thread at a time, as when
 * paginating on the main thread, and a pause comes after at most one piece
 * of a paragraph. A pagination cancelled stops at its next checkpoint (the
 * layouts' loops end early).
 *
 * What the caller must see to: between steps the model may be changed (the
 * window shows the progress in a modal dialog, so nothing is edited
 * meanwhile). The layout's notifications are held until the last step, so
 * they are emitted on the caller's thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-print"

#include "convene-print-layout-private.h"
#include "convene-print-pagination.h"

struct _ConvenePrintPagination
{
  GObject parent_instance;

  ConvenePrintLayout *layout;
  ConvenePageGeometry geometry;

  GThread *thread;
  GMutex mutex;
  GCond cond;
  gboolean running;   /* the pagination's turn (under mutex) */
  gboolean finished;  /* it returned (under mutex) */
  gboolean cancelled;
  gint64 deadline;    /* when the step's time is up, monotonic µs */

  gboolean done;      /* seen by the caller: the thread is joined */
  guint n_pages;
  guint n_steps;
};

G_DEFINE_FINAL_TYPE (ConvenePrintPagination, convene_print_pagination, G_TYPE_OBJECT)

/* On the pagination's thread: pauses once the step's time is up, until the
 * next step. FALSE: stop. */
static gboolean
checkpoint_cb (gpointer data)
{
  ConvenePrintPagination *self = data;

  if (self->cancelled)
    return FALSE;
  if (g_get_monotonic_time () < self->deadline)
    return TRUE;

  g_mutex_lock (&self->mutex);
  self->running = FALSE;
  g_cond_broadcast (&self->cond);
  while (!self->running)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);
  return !self->cancelled;
}

static gpointer
paginate_thread (gpointer data)
{
  ConvenePrintPagination *self = data;
  guint n_pages;

  g_mutex_lock (&self->mutex);
  while (!self->running)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  n_pages = convene_print_layout_paginate (self->layout, &self->geometry);

  g_mutex_lock (&self->mutex);
  self->n_pages = n_pages;
  self->finished = TRUE;
  self->running = FALSE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);
  return NULL;
}

/**
 * convene_print_pagination_step:
 * @self: a pagination
 * @budget_us: how long the pagination may run, in microseconds (it goes on
 *   to its next checkpoint after that)
 *
 * Lets the pagination run for about @budget_us, and waits for it.
 *
 * Returns: TRUE when the pagination is done (or was cancelled and has
 *   stopped): the layout's pages may then be drawn (not when cancelled)
 */
gboolean
convene_print_pagination_step (ConvenePrintPagination *self,
                               gint64                  budget_us)
{
  gint64 now;

  g_return_val_if_fail (CONVENE_IS_PRINT_PAGINATION (self), TRUE);

  if (self->done)
    return TRUE;

  if (self->thread == NULL)
    {
      g_object_freeze_notify (G_OBJECT (self->layout));
      convene_print_layout_set_checkpoint (self->layout, checkpoint_cb, self);
      self->thread = g_thread_new ("convene-paginate", paginate_thread, self);
    }

  self->n_steps++;
  g_mutex_lock (&self->mutex);
  now = g_get_monotonic_time ();
  budget_us = MAX (budget_us, 0);
  self->deadline = budget_us < G_MAXINT64 - now ? now + budget_us : G_MAXINT64;
  self->running = TRUE;
  g_cond_broadcast (&self->cond);
  while (self->running)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  if (!self->finished)
    return FALSE;

  g_thread_join (g_steal_pointer (&self->thread));
  convene_print_layout_set_checkpoint (self->layout, NULL, NULL);
  self->done = TRUE;
  g_object_thaw_notify (G_OBJECT (self->layout));
  return TRUE;
}

/* The pagination stops at its next checkpoint: the next step ends it. */
void
convene_print_pagination_cancel (ConvenePrintPagination *self)
{
  g_return_if_fail (CONVENE_IS_PRINT_PAGINATION (self));

  /* read by the pagination's thread only while this one waits for it */
  self->cancelled = TRUE;
}

gboolean
convene_print_pagination_is_done (ConvenePrintPagination *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_PAGINATION (self), FALSE);
  return self->done;
}

gboolean
convene_print_pagination_is_cancelled (ConvenePrintPagination *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_PAGINATION (self), FALSE);
  return self->cancelled;
}

/* The layout's pages once done; 0 before. */
guint
convene_print_pagination_get_n_pages (ConvenePrintPagination *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_PAGINATION (self), 0);
  return self->done ? self->n_pages : 0;
}

/* How many steps were taken so far */
guint
convene_print_pagination_get_n_steps (ConvenePrintPagination *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_PAGINATION (self), 0);
  return self->n_steps;
}

static void
convene_print_pagination_dispose (GObject *object)
{
  ConvenePrintPagination *self = CONVENE_PRINT_PAGINATION (object);

  /* a pagination under way is stopped and waited for */
  if (self->thread != NULL)
    {
      self->cancelled = TRUE;
      convene_print_pagination_step (self, G_MAXINT64);
    }
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (convene_print_pagination_parent_class)->dispose (object);
}

static void
convene_print_pagination_finalize (GObject *object)
{
  ConvenePrintPagination *self = CONVENE_PRINT_PAGINATION (object);

  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (convene_print_pagination_parent_class)->finalize (object);
}

static void
convene_print_pagination_class_init (ConvenePrintPaginationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = convene_print_pagination_dispose;
  object_class->finalize = convene_print_pagination_finalize;
}

static void
convene_print_pagination_init (ConvenePrintPagination *self)
{
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
}

/**
 * convene_print_pagination_new:
 * @layout: the layout to paginate: nothing else may paginate or draw it
 *   until the pagination is done
 * @geometry: the sheet
 *
 * Returns: (transfer full): a pagination, not started: the first step
 *   starts it
 */
ConvenePrintPagination *
convene_print_pagination_new (ConvenePrintLayout        *layout,
                              const ConvenePageGeometry *geometry)
{
  ConvenePrintPagination *self;

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (layout), NULL);
  g_return_val_if_fail (geometry != NULL, NULL);

  self = g_object_new (CONVENE_TYPE_PRINT_PAGINATION, NULL);
  self->layout = g_object_ref (layout);
  self->geometry = *geometry;
  return self;
}
