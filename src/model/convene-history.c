/* convene-history.c: the undo and redo history of the edits to a dataset
 *
 * The history is a list of steps, each one or more edits (ConveneEdit) that
 * are undone and redone together; the first n_done are applied. Pushing an
 * edit applies it and drops the steps that were undone.
 *
 * - A group (begin_group … end_group) makes one step of every edit pushed
 *   inside it: deleting a participant with its attendance is one Undo. What
 *   changed ("changed", the properties) is told once, at its end.
 * - A burst: an edit pushed soon after the last one (within the burst
 *   interval, one second), with no end_burst() between, is merged into it
 *   when its class can merge (convene_edit_merge()): a word typed into a
 *   field is one step, not one per letter. The window ends a burst when the
 *   field loses focus.
 * - The clean point is the step at which the dataset was last saved or
 *   loaded (mark_clean()); "modified" is whether the history stands
 *   elsewhere. Undoing back to it makes the dataset unmodified again. It
 *   ends a burst, so no edit is merged into the step that was saved; an
 *   edit after undoing past the clean point drops its step and loses it
 *   for good. Undo and redo end a burst too.
 *
 * The history holds no dataset: the edits know what they change, and views
 * learn of it from the dataset's own signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-history.h"

#define DEFAULT_BURST_INTERVAL (G_USEC_PER_SEC)

typedef struct
{
  char *label;      /* the group's; NULL: the first edit's */
  GPtrArray *edits; /* of ConveneEdit, in the order they were applied */
} Step;

/* Property notifications after a change of state: only what changed. */
typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
  char *undo_label;
  char *redo_label;
} State;

struct _ConveneHistory
{
  GObject parent_instance;

  GPtrArray *steps; /* of Step */
  guint n_done;     /* steps applied: the first n_done */
  gint64 clean;     /* n_done at the clean point; -1: none is reachable */
  Step *group;      /* the step being grouped, or NULL */
  guint group_depth;
  State group_before; /* the state before the group: told at its end */
  gboolean burst;   /* the last step may take a merge */
  gint64 last_push; /* monotonic time of the last push */
  gint64 burst_interval;
  guint64 serial;   /* changes with every change of the dataset's state */
};

G_DEFINE_FINAL_TYPE (ConveneHistory, convene_history, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
step_free (Step *step)
{
  g_free (step->label);
  g_ptr_array_unref (step->edits);
  g_free (step);
}

static Step *
step_new (const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->edits = g_ptr_array_new_with_free_func (g_object_unref);
  return step;
}

static const char *
step_get_label (Step *step)
{
  if (step->label != NULL || step->edits->len == 0)
    return step->label;
  return convene_edit_get_label (g_ptr_array_index (step->edits, 0));
}


static void
state_read (ConveneHistory *self,
            State          *state)
{
  state->can_undo = convene_history_can_undo (self);
  state->can_redo = convene_history_can_redo (self);
  state->modified = convene_history_is_modified (self);
  state->undo_label = g_strdup (convene_history_get_undo_label (self));
  state->redo_label = g_strdup (convene_history_get_redo_label (self));
}

/* Notifies what changed since @before was read, and frees it. */
static void
state_notify (ConveneHistory *self,
              State          *before)
{
  State after;

  state_read (self, &after);
  if (after.can_undo != before->can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (after.can_redo != before->can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (after.modified != before->modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if (g_strcmp0 (after.undo_label, before->undo_label) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (g_strcmp0 (after.redo_label, before->redo_label) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_free (before->undo_label);
  g_free (before->redo_label);
  g_free (after.undo_label);
  g_free (after.redo_label);
}

/* Drops the undone steps: they can no longer be redone. */
static void
drop_redo (ConveneHistory *self)
{
  if (self->n_done == self->steps->len)
    return;
  if (self->clean > self->n_done)
    self->clean = -1;
  g_ptr_array_set_size (self->steps, self->n_done);
}

static void
convene_history_finalize (GObject *object)
{
  ConveneHistory *self = CONVENE_HISTORY (object);

  g_clear_pointer (&self->group, step_free);
  g_free (self->group_before.undo_label);
  g_free (self->group_before.redo_label);
  g_ptr_array_unref (self->steps);
  G_OBJECT_CLASS (convene_history_parent_class)->finalize (object);
}

static void
convene_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ConveneHistory *self = CONVENE_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, convene_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, convene_history_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, convene_history_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, convene_history_get_redo_label (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, convene_history_is_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_history_class_init (ConveneHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = convene_history_finalize;
  object_class->get_property = convene_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* after an edit is applied, undone or redone: the dataset changed */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
convene_history_init (ConveneHistory *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->burst_interval = DEFAULT_BURST_INTERVAL;
}

ConveneHistory *
convene_history_new (void)
{
  return g_object_new (CONVENE_TYPE_HISTORY, NULL);
}

/* Whether @edit, just applied, can be folded into the last step. */
static gboolean
merge_into_last (ConveneHistory *self,
                 ConveneEdit    *edit,
                 gint64          now)
{
  Step *last;

  if (!self->burst || self->n_done == 0 ||
      now - self->last_push > self->burst_interval)
    return FALSE;

  last = g_ptr_array_index (self->steps, self->n_done - 1);
  return last->edits->len == 1 && convene_edit_merge (g_ptr_array_index (last->edits, 0), edit);
}

/**
 * convene_history_push:
 * @edit: (transfer none): an edit not yet applied
 *
 * Applies @edit and keeps it: in the open group, merged into the last step
 * during a burst, or as a step of its own. The steps undone before are
 * dropped.
 */
void
convene_history_push (ConveneHistory *self,
                      ConveneEdit    *edit)
{
  State before;
  gint64 now = g_get_monotonic_time ();

  g_return_if_fail (CONVENE_IS_HISTORY (self));
  g_return_if_fail (CONVENE_IS_EDIT (edit));

  if (self->group != NULL)
    {
      /* told once, when the group ends: a group of a thousand edits
       * (Delete Participant) is one change */
      convene_edit_apply (edit);
      drop_redo (self);
      g_ptr_array_add (self->group->edits, g_object_ref (edit));
      self->serial++;
      return;
    }

  state_read (self, &before);
  convene_edit_apply (edit);
  drop_redo (self);

  if (!merge_into_last (self, edit, now))
    {
      Step *step = step_new (NULL);

      g_ptr_array_add (step->edits, g_object_ref (edit));
      g_ptr_array_add (self->steps, step);
      self->n_done++;
    }
  self->burst = TRUE;
  self->last_push = now;
  self->serial++;
  state_notify (self, &before);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * convene_history_begin_group:
 * @label: (nullable): what the group does, for the Undo menu item
 *
 * Until the matching end_group(), every edit pushed joins one step. Groups
 * nest; the outermost label is kept.
 */
void
convene_history_begin_group (ConveneHistory *self,
                             const char     *label)
{
  g_return_if_fail (CONVENE_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    {
      self->group = step_new (label);
      state_read (self, &self->group_before);
    }
}

void
convene_history_end_group (ConveneHistory *self)
{
  State before;
  Step *group;

  g_return_if_fail (CONVENE_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  self->burst = FALSE;
  before = self->group_before;
  memset (&self->group_before, 0, sizeof self->group_before);
  if (group->edits->len == 0)
    {
      step_free (group);
      /* a group of nothing may still have dropped the steps undone */
      state_notify (self, &before);
      return;
    }
  drop_redo (self);
  g_ptr_array_add (self->steps, group);
  self->n_done++;
  state_notify (self, &before);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The next edit starts a step of its own. */
void
convene_history_end_burst (ConveneHistory *self)
{
  g_return_if_fail (CONVENE_IS_HISTORY (self));

  self->burst = FALSE;
}

/* How soon an edit must follow the last to be merged into it (default: one second). */
void
convene_history_set_burst_interval (ConveneHistory *self,
                                    gint64          usec)
{
  g_return_if_fail (CONVENE_IS_HISTORY (self));

  self->burst_interval = usec;
}

gboolean
convene_history_can_undo (ConveneHistory *self)
{
  g_return_val_if_fail (CONVENE_IS_HISTORY (self), FALSE);

  return self->n_done > 0 && self->group == NULL;
}

gboolean
convene_history_can_redo (ConveneHistory *self)
{
  g_return_val_if_fail (CONVENE_IS_HISTORY (self), FALSE);

  return self->n_done < self->steps->len && self->group == NULL;
}

const char *
convene_history_get_undo_label (ConveneHistory *self)
{
  g_return_val_if_fail (CONVENE_IS_HISTORY (self), NULL);

  if (!convene_history_can_undo (self))
    return NULL;
  return step_get_label (g_ptr_array_index (self->steps, self->n_done - 1));
}

const char *
convene_history_get_redo_label (ConveneHistory *self)
{
  g_return_val_if_fail (CONVENE_IS_HISTORY (self), NULL);

  if (!convene_history_can_redo (self))
    return NULL;
  return step_get_label (g_ptr_array_index (self->steps, self->n_done));
}

/* After an undo or a redo: a new step starts afresh, and what changed is said */
static void
moved (ConveneHistory *self,
       State          *before)
{
  self->burst = FALSE;
  self->serial++;
  state_notify (self, before);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Reverts the last applied step, its edits in reverse order (@undo), or
 * applies the first undone step again; FALSE when there is none. */
static gboolean
take_step (ConveneHistory *self,
           gboolean        undo)
{
  State before;
  Step *step;

  if (undo ? !convene_history_can_undo (self) : !convene_history_can_redo (self))
    return FALSE;

  state_read (self, &before);
  step = g_ptr_array_index (self->steps, undo ? --self->n_done : self->n_done++);
  for (guint i = 0; i < step->edits->len; i++)
    {
      if (undo)
        convene_edit_revert (g_ptr_array_index (step->edits, step->edits->len - 1 - i));
      else
        convene_edit_apply (g_ptr_array_index (step->edits, i));
    }
  moved (self, &before);
  return TRUE;
}

/* Reverts the last applied step. */
gboolean
convene_history_undo (ConveneHistory *self)
{
  g_return_val_if_fail (CONVENE_IS_HISTORY (self), FALSE);

  return take_step (self, TRUE);
}

/* Applies the first undone step again. */
gboolean
convene_history_redo (ConveneHistory *self)
{
  g_return_val_if_fail (CONVENE_IS_HISTORY (self), FALSE);

  return take_step (self, FALSE);
}

/* Whether the history stands elsewhere than at its clean point. */
gboolean
convene_history_is_modified (ConveneHistory *self)
{
  g_return_val_if_fail (CONVENE_IS_HISTORY (self), FALSE);

  return self->clean != (gint64) self->n_done;
}

/* The dataset as it is now was saved (or loaded). */
void
convene_history_mark_clean (ConveneHistory *self)
{
  State before;

  g_return_if_fail (CONVENE_IS_HISTORY (self));

  state_read (self, &before);
  self->clean = self->n_done;
  self->burst = FALSE;
  state_notify (self, &before);
}

/* A number that changes whenever an edit is applied or reverted: a save
 * that took the dataset's bytes at one serial marks the history clean only
 * if it is still there when the file is written. */
guint64
convene_history_get_serial (ConveneHistory *self)
{
  g_return_val_if_fail (CONVENE_IS_HISTORY (self), 0);

  return self->serial;
}

/* The dataset differs from what was saved though no step was taken (a
 * draft restored): no step is the clean point. */
void
convene_history_mark_unsaved (ConveneHistory *self)
{
  State before;

  g_return_if_fail (CONVENE_IS_HISTORY (self));

  state_read (self, &before);
  self->clean = -1;
  state_notify (self, &before);
}
