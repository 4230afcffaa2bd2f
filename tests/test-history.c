/* test-history.c: undo, redo, groups, bursts and the clean point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-history.h"

/* A test edit: sets slot[index] to a value, and logs each apply and revert. */
#define TEST_TYPE_SET_SLOT (test_set_slot_get_type ())
G_DECLARE_FINAL_TYPE (TestSetSlot, test_set_slot, TEST, SET_SLOT, ConveneEdit)

struct _TestSetSlot
{
  ConveneEdit parent_instance;
  int *slots;
  GString *log;
  guint index;
  int before;
  int after;
};

G_DEFINE_FINAL_TYPE (TestSetSlot, test_set_slot, CONVENE_TYPE_EDIT)

static void
test_set_slot_apply (ConveneEdit *edit)
{
  TestSetSlot *self = TEST_SET_SLOT (edit);

  g_assert_cmpint (self->slots[self->index], ==, self->before);
  self->slots[self->index] = self->after;
  g_string_append_printf (self->log, "+%u=%d ", self->index, self->after);
}

static void
test_set_slot_revert (ConveneEdit *edit)
{
  TestSetSlot *self = TEST_SET_SLOT (edit);

  g_assert_cmpint (self->slots[self->index], ==, self->after);
  self->slots[self->index] = self->before;
  g_string_append_printf (self->log, "-%u=%d ", self->index, self->before);
}

/* Setting the same slot again is one edit, from the first value to the last. */
static gboolean
test_set_slot_merge (ConveneEdit *edit,
                     ConveneEdit *next_edit)
{
  TestSetSlot *self = TEST_SET_SLOT (edit), *next = TEST_SET_SLOT (next_edit);

  if (self->index != next->index)
    return FALSE;
  self->after = next->after;
  return TRUE;
}

static void
test_set_slot_class_init (TestSetSlotClass *klass)
{
  ConveneEditClass *edit_class = CONVENE_EDIT_CLASS (klass);

  edit_class->apply = test_set_slot_apply;
  edit_class->revert = test_set_slot_revert;
  edit_class->merge = test_set_slot_merge;
}

static void
test_set_slot_init (TestSetSlot *self)
{
}

typedef struct
{
  ConveneHistory *history;
  int slots[4];
  GString *log;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->history = convene_history_new ();
  f->log = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_unref (f->history);
  g_string_free (f->log, TRUE);
}

/* Pushes "slot[index] = value" labelled "Set INDEX". */
static void
set_slot (Fixture *f,
          guint    index,
          int      value)
{
  TestSetSlot *edit = g_object_new (TEST_TYPE_SET_SLOT, NULL);
  g_autofree char *label = g_strdup_printf ("Set %u", index);

  edit->slots = f->slots;
  edit->log = f->log;
  edit->index = index;
  edit->before = f->slots[index];
  edit->after = value;
  convene_edit_set_label (CONVENE_EDIT (edit), label);
  convene_history_push (f->history, CONVENE_EDIT (edit));
  g_object_unref (edit);
}

static void
assert_slots (Fixture *f,
              int      a,
              int      b,
              int      c)
{
  g_assert_cmpint (f->slots[0], ==, a);
  g_assert_cmpint (f->slots[1], ==, b);
  g_assert_cmpint (f->slots[2], ==, c);
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_assert_false (convene_history_can_undo (f->history));
  g_assert_false (convene_history_undo (f->history));
  g_assert_null (convene_history_get_undo_label (f->history));

  set_slot (f, 0, 1);
  set_slot (f, 1, 2);
  set_slot (f, 2, 3);
  assert_slots (f, 1, 2, 3);
  g_assert_cmpstr (convene_history_get_undo_label (f->history), ==, "Set 2");

  g_assert_true (convene_history_undo (f->history));
  g_assert_true (convene_history_undo (f->history));
  assert_slots (f, 1, 0, 0);
  g_assert_cmpstr (convene_history_get_undo_label (f->history), ==, "Set 0");
  g_assert_cmpstr (convene_history_get_redo_label (f->history), ==, "Set 1");

  g_assert_true (convene_history_redo (f->history));
  assert_slots (f, 1, 2, 0);
  g_assert_true (convene_history_can_redo (f->history));

  /* an edit now drops what could be redone */
  set_slot (f, 0, 5);
  g_assert_false (convene_history_can_redo (f->history));
  g_assert_false (convene_history_redo (f->history));
  assert_slots (f, 5, 2, 0);

  while (convene_history_undo (f->history))
    ;
  assert_slots (f, 0, 0, 0);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_group (Fixture       *f,
            gconstpointer  data)
{
  guint changed = 0, undo_label = 0;

  set_slot (f, 0, 1);
  g_signal_connect_swapped (f->history, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect_swapped (f->history, "notify::undo-label", G_CALLBACK (count_cb), &undo_label);
  convene_history_begin_group (f->history, "Delete Participant");
  set_slot (f, 1, 2);
  convene_history_begin_group (f->history, "Inner");
  set_slot (f, 2, 3);
  convene_history_end_group (f->history);
  g_assert_false (convene_history_can_undo (f->history)); /* not while grouping */
  set_slot (f, 1, 4);
  /* a group is told once, at its end (a thousand edits are one change) */
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (undo_label, ==, 0);
  convene_history_end_group (f->history);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (undo_label, ==, 1);
  g_signal_handlers_disconnect_by_func (f->history, count_cb, &changed);
  g_signal_handlers_disconnect_by_func (f->history, count_cb, &undo_label);

  g_assert_cmpstr (convene_history_get_undo_label (f->history), ==, "Delete Participant");
  g_string_truncate (f->log, 0);
  g_assert_true (convene_history_undo (f->history));
  /* one step, reverted in reverse order */
  g_assert_cmpstr (f->log->str, ==, "-1=2 -2=0 -1=0 ");
  assert_slots (f, 1, 0, 0);
  g_string_truncate (f->log, 0);
  g_assert_true (convene_history_redo (f->history));
  g_assert_cmpstr (f->log->str, ==, "+1=2 +2=3 +1=4 ");

  /* an empty group is no step */
  convene_history_begin_group (f->history, "Nothing");
  convene_history_end_group (f->history);
  g_assert_cmpstr (convene_history_get_undo_label (f->history), ==, "Delete Participant");
}

static void
test_burst (Fixture       *f,
            gconstpointer  data)
{
  convene_history_set_burst_interval (f->history, G_MAXINT64 / 2);

  /* typing into one field: one step */
  set_slot (f, 0, 1);
  set_slot (f, 0, 2);
  set_slot (f, 0, 3);
  /* another field: a step of its own, which takes its own burst */
  set_slot (f, 1, 1);
  set_slot (f, 1, 2);
  assert_slots (f, 3, 2, 0);
  g_assert_true (convene_history_undo (f->history));
  assert_slots (f, 3, 0, 0);
  g_assert_true (convene_history_undo (f->history));
  assert_slots (f, 0, 0, 0);
  g_assert_false (convene_history_can_undo (f->history));

  /* the field lost focus: the burst ends */
  g_assert_true (convene_history_redo (f->history));
  set_slot (f, 0, 7);
  convene_history_end_burst (f->history);
  set_slot (f, 0, 8);
  g_assert_true (convene_history_undo (f->history));
  assert_slots (f, 7, 0, 0);

  /* too slow: no merge */
  convene_history_set_burst_interval (f->history, -1);
  set_slot (f, 2, 1);
  set_slot (f, 2, 2);
  g_assert_true (convene_history_undo (f->history));
  assert_slots (f, 7, 0, 1);
}

static void
test_clean_point (Fixture       *f,
                  gconstpointer  data)
{
  convene_history_set_burst_interval (f->history, G_MAXINT64 / 2);
  g_assert_false (convene_history_is_modified (f->history));

  set_slot (f, 0, 1);
  g_assert_true (convene_history_is_modified (f->history));
  convene_history_undo (f->history);
  g_assert_false (convene_history_is_modified (f->history));
  convene_history_redo (f->history);

  /* saved in the middle of typing: the rest of the word is not merged into the saved step */
  set_slot (f, 0, 2);
  convene_history_mark_clean (f->history);
  g_assert_false (convene_history_is_modified (f->history));
  set_slot (f, 0, 3);
  g_assert_true (convene_history_is_modified (f->history));
  convene_history_undo (f->history);
  g_assert_false (convene_history_is_modified (f->history));
  assert_slots (f, 2, 0, 0);
  convene_history_undo (f->history);
  g_assert_true (convene_history_is_modified (f->history));

  /* an edit after undoing past the saved step loses it for good */
  set_slot (f, 1, 1);
  g_assert_true (convene_history_is_modified (f->history));
  convene_history_undo (f->history);
  g_assert_true (convene_history_is_modified (f->history));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              GString    *names)
{
  g_string_append_printf (names, "%s ", pspec->name);
}

static void
test_notifications (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_signal_connect (f->history, "notify", G_CALLBACK (count_notify), names);
  set_slot (f, 0, 1);
  g_assert_cmpstr (names->str, ==, "can-undo modified undo-label ");
  g_string_truncate (names, 0);
  convene_history_end_burst (f->history);
  set_slot (f, 1, 1);
  g_assert_cmpstr (names->str, ==, "undo-label ");
  g_string_truncate (names, 0);
  convene_history_undo (f->history);
  g_assert_cmpstr (names->str, ==, "can-redo undo-label redo-label ");
  g_string_truncate (names, 0);
  convene_history_mark_clean (f->history);
  g_assert_cmpstr (names->str, ==, "modified ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/history/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("undo-redo", test_undo_redo);
  ADD ("group", test_group);
  ADD ("burst", test_burst);
  ADD ("clean-point", test_clean_point);
  ADD ("notifications", test_notifications);
#undef ADD

  return g_test_run ();
}
