/* convene-document-lists.c: the commands on a meeting's lists
 *
 * Outcomes, an outcome's items, notes and sources (a meeting's, or the
 * dataset's own) are each inserted, changed, removed and moved the same
 * way: the list is copied, the copy changed, and the copy pushed as the
 * list's new value (one edit through the document, convene-document.c,
 * which costs the list, not the dataset). A List names which one
 * (list_of() checks the command's arguments); each public command is
 * one of list_insert(), list_change(), list_remove() or list_move() on
 * it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "convene-dataset-edit.h"
#include "convene-document-private.h"

/* The items of outcome `outcome` when it is not NO_OUTCOME */
#define NO_OUTCOME G_MAXUINT

typedef struct
{
  ConveneDocument *self;
  ConveneMeeting *meeting;   /* NULL: the dataset's sources */
  ConveneMeetingField field; /* OUTCOMES, NOTES or SOURCES */
  guint outcome;             /* with OUTCOMES: that outcome's items; NO_OUTCOME: the outcomes */
} List;

/* Names a list of a command's arguments; when they name none (a
 * critical), a List of no document, which the commands leave alone. */
static List
list_of (ConveneDocument     *self,
         ConveneMeeting      *meeting,
         ConveneMeetingField  field,
         guint                outcome)
{
  const List none = { NULL };

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), none);
  g_return_val_if_fail (meeting != NULL || field == CONVENE_MEETING_FIELD_SOURCES, none);
  g_return_val_if_fail (meeting == NULL || CONVENE_IS_MEETING (meeting), none);
  g_return_val_if_fail (outcome == NO_OUTCOME || outcome < meeting->outcomes->len, none);

  return (List) { self, meeting, field, outcome };
}

static GPtrArray *
copy_outcomes (const List *list)
{
  return convene_outcome_array_copy (list->meeting->outcomes);
}

/* Returns: (transfer full) (nullable): a copy of the list, to change: of
 * ConveneOutcome, ConveneNote or ConveneSource, or of the items' strings;
 * NULL for a List of no document */
static GPtrArray *
list_copy (const List *list)
{
  if (list->self == NULL)
    return NULL;
  switch (list->field)
    {
    case CONVENE_MEETING_FIELD_OUTCOMES:
      if (list->outcome == NO_OUTCOME)
        return copy_outcomes (list);
      else
        {
          ConveneOutcome *outcome = g_ptr_array_index (list->meeting->outcomes, list->outcome);
          GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

          for (guint i = 0; outcome->items[i] != NULL; i++)
            g_ptr_array_add (items, g_strdup (outcome->items[i]));
          return items;
        }
    case CONVENE_MEETING_FIELD_NOTES:
      return convene_note_array_copy (list->meeting->notes);
    case CONVENE_MEETING_FIELD_SOURCES:
      return convene_source_array_copy (list->meeting != NULL
                                        ? list->meeting->sources
                                        : convene_dataset_get_sources (list->self->dataset));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* A copy of the list when it has an element at @index; NULL (and a
 * critical when @index is beyond its end) otherwise. */
static GPtrArray *
list_copy_at (const List *list,
              guint       index)
{
  GPtrArray *elements = list_copy (list);

  if (elements != NULL && index >= elements->len)
    {
      g_ptr_array_unref (elements);
      g_return_val_if_reached (NULL);
    }
  return elements;
}

/* Pushes @elements (taken) as the list's value. */
static void
list_push (const List *list,
           GPtrArray  *elements,
           gboolean    mergeable)
{
  ConveneMeetingValue value = { 0 };

  if (list->meeting == NULL)
    {
      _convene_document_push_labelled (list->self,
                                       convene_dataset_edit_new_sources (list->self->dataset, elements),
                                       _("Edit Sources"));
      return;
    }
  if (list->field == CONVENE_MEETING_FIELD_OUTCOMES && list->outcome != NO_OUTCOME)
    {
      /* the items go into a copy of the outcomes */
      GPtrArray *outcomes = copy_outcomes (list);
      ConveneOutcome *outcome = g_ptr_array_index (outcomes, list->outcome);

      g_strfreev (outcome->items);
      g_ptr_array_add (elements, NULL);
      g_ptr_array_set_free_func (elements, NULL);
      outcome->items = (GStrv) g_ptr_array_free (elements, FALSE);
      elements = outcomes;
    }
  value.array = elements;
  _convene_document_push_meeting_value (list->self, list->meeting, list->field, &value, mergeable);
}

/* @index: where it goes; G_MAXUINT or beyond the end: last. @element is
 * taken (freed with @free_element when the list is none). */
static void
list_insert (List            list,
             guint           index,
             gpointer        element,
             GDestroyNotify  free_element)
{
  GPtrArray *elements = list_copy (&list);

  if (elements == NULL)
    {
      free_element (element);
      return;
    }
  g_ptr_array_insert (elements, MIN (index, elements->len), element);
  list_push (&list, elements, FALSE);
}

/* Changes the element at @index of a copy, unless @change (given @data)
 * says that it changes nothing; a burst of such changes is one step. */
static void
list_change (List            list,
             guint           index,
             gboolean      (*change) (gpointer *element, gconstpointer data),
             gconstpointer   data)
{
  GPtrArray *elements = list_copy_at (&list, index);

  if (elements == NULL)
    return;
  if (!change (&g_ptr_array_index (elements, index), data))
    {
      g_ptr_array_unref (elements);
      return;
    }
  list_push (&list, elements, TRUE);
}

static void
list_remove (List  list,
             guint index)
{
  GPtrArray *elements = list_copy_at (&list, index);

  if (elements == NULL)
    return;
  g_ptr_array_remove_index (elements, index);
  list_push (&list, elements, FALSE);
}

static void
list_move (List  list,
           guint from,
           guint to)
{
  GPtrArray *elements = list_copy_at (&list, MAX (from, to));
  gpointer element;

  if (elements == NULL)
    return;
  if (from == to)
    {
      g_ptr_array_unref (elements);
      return;
    }
  element = g_ptr_array_steal_index (elements, from);
  g_ptr_array_insert (elements, to, element);
  list_push (&list, elements, FALSE);
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* Sets *slot to a copy of @text (NULL: ""); FALSE when it holds it already. */
static gboolean
change_text (char       **slot,
             const char  *text)
{
  if (g_strcmp0 (*slot, or_empty (text)) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (or_empty (text));
  return TRUE;
}

/* Outcomes */

/* @index: where it goes; G_MAXUINT or beyond the end: last */
void
convene_document_insert_outcome (ConveneDocument *self,
                                 ConveneMeeting  *meeting,
                                 guint            index,
                                 const char      *text)
{
  ConveneOutcome *outcome = g_new0 (ConveneOutcome, 1);

  outcome->text = g_strdup (or_empty (text));
  outcome->items = g_new0 (char *, 1);
  list_insert (list_of (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, NO_OUTCOME), index,
               outcome, (GDestroyNotify) convene_outcome_free);
}

static gboolean
change_outcome_text (gpointer      *element,
                     gconstpointer  text)
{
  return change_text (&((ConveneOutcome *) *element)->text, text);
}

void
convene_document_set_outcome_text (ConveneDocument *self,
                                   ConveneMeeting  *meeting,
                                   guint            index,
                                   const char      *text)
{
  list_change (list_of (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, NO_OUTCOME), index,
               change_outcome_text, text);
}

void
convene_document_remove_outcome (ConveneDocument *self,
                                 ConveneMeeting  *meeting,
                                 guint            index)
{
  list_remove (list_of (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, NO_OUTCOME), index);
}

void
convene_document_move_outcome (ConveneDocument *self,
                               ConveneMeeting  *meeting,
                               guint            from,
                               guint            to)
{
  list_move (list_of (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, NO_OUTCOME), from, to);
}

/* An outcome's items */

void
convene_document_insert_outcome_item (ConveneDocument *self,
                                      ConveneMeeting  *meeting,
                                      guint            outcome,
                                      guint            index,
                                      const char      *text)
{
  list_insert (list_of (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, outcome), index,
               g_strdup (or_empty (text)), g_free);
}

static gboolean
change_item (gpointer      *element,
             gconstpointer  text)
{
  return change_text ((char **) element, text);
}

void
convene_document_set_outcome_item (ConveneDocument *self,
                                   ConveneMeeting  *meeting,
                                   guint            outcome,
                                   guint            index,
                                   const char      *text)
{
  list_change (list_of (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, outcome), index,
               change_item, text);
}

void
convene_document_remove_outcome_item (ConveneDocument *self,
                                      ConveneMeeting  *meeting,
                                      guint            outcome,
                                      guint            index)
{
  list_remove (list_of (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, outcome), index);
}

void
convene_document_move_outcome_item (ConveneDocument *self,
                                    ConveneMeeting  *meeting,
                                    guint            outcome,
                                    guint            from,
                                    guint            to)
{
  list_move (list_of (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, outcome), from, to);
}

/* Notes */

void
convene_document_insert_note (ConveneDocument *self,
                              ConveneMeeting  *meeting,
                              guint            index,
                              ConveneNoteKind  kind,
                              const char      *text)
{
  ConveneNote *note = g_new0 (ConveneNote, 1);

  note->kind = kind;
  note->text = g_strdup (or_empty (text));
  list_insert (list_of (self, meeting, CONVENE_MEETING_FIELD_NOTES, NO_OUTCOME), index,
               note, (GDestroyNotify) convene_note_free);
}

static gboolean
change_note (gpointer      *element,
             gconstpointer  data)
{
  ConveneNote *note = *element;
  const ConveneNote *to = data;
  gboolean kind_changed = note->kind != to->kind;

  note->kind = to->kind;
  return change_text (&note->text, to->text) || kind_changed;
}

void
convene_document_set_note (ConveneDocument *self,
                           ConveneMeeting  *meeting,
                           guint            index,
                           ConveneNoteKind  kind,
                           const char      *text)
{
  ConveneNote to = { .kind = kind, .text = (char *) text };

  list_change (list_of (self, meeting, CONVENE_MEETING_FIELD_NOTES, NO_OUTCOME), index,
               change_note, &to);
}

void
convene_document_remove_note (ConveneDocument *self,
                              ConveneMeeting  *meeting,
                              guint            index)
{
  list_remove (list_of (self, meeting, CONVENE_MEETING_FIELD_NOTES, NO_OUTCOME), index);
}

void
convene_document_move_note (ConveneDocument *self,
                            ConveneMeeting  *meeting,
                            guint            from,
                            guint            to)
{
  list_move (list_of (self, meeting, CONVENE_MEETING_FIELD_NOTES, NO_OUTCOME), from, to);
}

/* Sources: a meeting's, or the dataset's own when meeting is NULL */

/* @url: (nullable) */
void
convene_document_insert_source (ConveneDocument *self,
                                ConveneMeeting  *meeting,
                                guint            index,
                                const char      *title,
                                const char      *url)
{
  ConveneSource *source = g_new0 (ConveneSource, 1);

  source->title = g_strdup (or_empty (title));
  source->url = _convene_document_nonempty (url);
  list_insert (list_of (self, meeting, CONVENE_MEETING_FIELD_SOURCES, NO_OUTCOME), index,
               source, (GDestroyNotify) convene_source_free);
}

static gboolean
change_source (gpointer      *element,
               gconstpointer  data)
{
  ConveneSource *source = *element;
  const ConveneSource *to = data;
  g_autofree char *url = _convene_document_nonempty (to->url);
  gboolean title_changed = change_text (&source->title, to->title);

  if (!title_changed && g_strcmp0 (source->url, url) == 0)
    return FALSE;
  g_free (source->url);
  source->url = g_steal_pointer (&url);
  return TRUE;
}

void
convene_document_set_source (ConveneDocument *self,
                             ConveneMeeting  *meeting,
                             guint            index,
                             const char      *title,
                             const char      *url)
{
  ConveneSource to = { .title = (char *) title, .url = (char *) url };

  list_change (list_of (self, meeting, CONVENE_MEETING_FIELD_SOURCES, NO_OUTCOME), index,
               change_source, &to);
}

void
convene_document_remove_source (ConveneDocument *self,
                                ConveneMeeting  *meeting,
                                guint            index)
{
  list_remove (list_of (self, meeting, CONVENE_MEETING_FIELD_SOURCES, NO_OUTCOME), index);
}

void
convene_document_move_source (ConveneDocument *self,
                              ConveneMeeting  *meeting,
                              guint            from,
                              guint            to)
{
  list_move (list_of (self, meeting, CONVENE_MEETING_FIELD_SOURCES, NO_OUTCOME), from, to);
}
