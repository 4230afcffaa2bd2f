/* convene-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "convene-enums.h"

/* Each table maps an enum value (its index) to the dataset format's word. */
static const char * const role_words[] = {
  [CONVENE_ROLE_NONE] = "absent",
  [CONVENE_ROLE_PARTICIPANT] = "participant",
  [CONVENE_ROLE_OBSERVER] = "observer",
  [CONVENE_ROLE_CO_CHAIR] = "co-chair",
  [CONVENE_ROLE_NOT_RECORDED] = "not-recorded",
};

static const char * const participant_kind_words[] = {
  [CONVENE_PARTICIPANT_KIND_COUNTRY] = "country",
  [CONVENE_PARTICIPANT_KIND_TERRITORY] = "territory",
  [CONVENE_PARTICIPANT_KIND_ORGANISATION] = "organisation",
  [CONVENE_PARTICIPANT_KIND_BODY] = "body",
};

static const char * const note_kind_words[] = {
  [CONVENE_NOTE_REMARK] = "remark",
  [CONVENE_NOTE_CONTRADICTION] = "contradiction",
  [CONVENE_NOTE_GAP] = "gap",
};

static const char * const meeting_mode_words[] = {
  [CONVENE_MEETING_MODE_IN_PERSON] = "in-person",
  [CONVENE_MEETING_MODE_VIRTUAL] = "virtual",
  [CONVENE_MEETING_MODE_HYBRID] = "hybrid",
};

static int
find_word (const char * const *words,
           guint               n_words,
           guint               first,
           guint               last,
           const char         *str)
{
  if (str == NULL)
    return -1;

  for (guint i = first; i <= last && i < n_words; i++)
    if (g_str_equal (words[i], str))
      return (int) i;

  return -1;
}

const char *
convene_role_to_string (ConveneRole role)
{
  g_return_val_if_fail (role < G_N_ELEMENTS (role_words), NULL);
  return role_words[role];
}

/* Only the roles a dataset may state: "absent" and "not-recorded" are derived. */
gboolean
convene_role_from_string (const char  *str,
                          ConveneRole *role)
{
  int i = find_word (role_words, G_N_ELEMENTS (role_words),
                     CONVENE_ROLE_PARTICIPANT, CONVENE_ROLE_CO_CHAIR, str);

  if (i < 0)
    return FALSE;
  *role = (ConveneRole) i;
  return TRUE;
}

const char *
convene_participant_kind_to_string (ConveneParticipantKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (participant_kind_words), NULL);
  return participant_kind_words[kind];
}

gboolean
convene_participant_kind_from_string (const char             *str,
                                      ConveneParticipantKind *kind)
{
  int i = find_word (participant_kind_words, G_N_ELEMENTS (participant_kind_words),
                     0, G_N_ELEMENTS (participant_kind_words) - 1, str);

  if (i < 0)
    return FALSE;
  *kind = (ConveneParticipantKind) i;
  return TRUE;
}

const char *
convene_note_kind_to_string (ConveneNoteKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (note_kind_words), NULL);
  return note_kind_words[kind];
}

gboolean
convene_note_kind_from_string (const char      *str,
                               ConveneNoteKind *kind)
{
  int i = find_word (note_kind_words, G_N_ELEMENTS (note_kind_words),
                     0, G_N_ELEMENTS (note_kind_words) - 1, str);

  if (i < 0)
    return FALSE;
  *kind = (ConveneNoteKind) i;
  return TRUE;
}

const char *
convene_meeting_mode_to_string (ConveneMeetingMode mode)
{
  g_return_val_if_fail (mode < G_N_ELEMENTS (meeting_mode_words), NULL);
  return meeting_mode_words[mode];
}

gboolean
convene_meeting_mode_from_string (const char         *str,
                                  ConveneMeetingMode *mode)
{
  int i = find_word (meeting_mode_words, G_N_ELEMENTS (meeting_mode_words),
                     0, G_N_ELEMENTS (meeting_mode_words) - 1, str);

  if (i < 0)
    return FALSE;
  *mode = (ConveneMeetingMode) i;
  return TRUE;
}

/* The heading of a note of this kind, as the detail pane and the printed
 * summary show it: translated. */
const char *
convene_note_kind_get_heading (ConveneNoteKind kind)
{
  switch (kind)
    {
    case CONVENE_NOTE_CONTRADICTION:
      return _("Sources disagree");
    case CONVENE_NOTE_GAP:
      return _("Not known");
    case CONVENE_NOTE_REMARK:
    default:
      return _("Note");
    }
}

/* The role in words for people, as in "Canada: observer": translated. */
const char *
convene_role_get_label (ConveneRole role)
{
  switch (role)
    {
    case CONVENE_ROLE_PARTICIPANT:
      return _("participant");
    case CONVENE_ROLE_OBSERVER:
      return _("observer");
    case CONVENE_ROLE_CO_CHAIR:
      return _("co-chair");
    case CONVENE_ROLE_NONE:
      return _("absent");
    case CONVENE_ROLE_NOT_RECORDED:
    default:
      return _("not recorded");
    }
}

/* A role's name where it stands alone, as in a legend ("Co-chair"); see
 * convene_role_get_label() for one within a sentence */
const char *
convene_role_get_name (ConveneRole role)
{
  switch (role)
    {
    case CONVENE_ROLE_PARTICIPANT:
      return _("Participant");
    case CONVENE_ROLE_OBSERVER:
      return _("Observer");
    case CONVENE_ROLE_CO_CHAIR:
      return _("Co-chair");
    case CONVENE_ROLE_NONE:
      return _("Absent");
    case CONVENE_ROLE_NOT_RECORDED:
    default:
      return _("Not recorded");
    }
}

/* The roles in the order every legend of the matrix lists them, on screen
 * and printed: attended (participant, observer, co-chair), then absent and
 * not recorded. Returns: (array length=n_roles) (transfer none) */
const ConveneRole *
convene_role_get_legend_order (guint *n_roles)
{
  static const ConveneRole order[] = {
    CONVENE_ROLE_PARTICIPANT, CONVENE_ROLE_OBSERVER, CONVENE_ROLE_CO_CHAIR,
    CONVENE_ROLE_NONE, CONVENE_ROLE_NOT_RECORDED,
  };

  *n_roles = G_N_ELEMENTS (order);
  return order;
}

/* The mark that stands for a role wherever roles are drawn or printed side by
 * side (the matrix, the timeline, their legends): each reads without colour.
 * ● participant, ○ observer, ★ co-chair, – absent, ? not recorded. */
const char *
convene_role_get_symbol (ConveneRole role)
{
  static const char * const symbols[] = {
    [CONVENE_ROLE_NONE] = "–",
    [CONVENE_ROLE_PARTICIPANT] = "●",
    [CONVENE_ROLE_OBSERVER] = "○",
    [CONVENE_ROLE_CO_CHAIR] = "★",
    [CONVENE_ROLE_NOT_RECORDED] = "?",
  };

  g_return_val_if_fail (role < G_N_ELEMENTS (symbols), "?");
  return symbols[role];
}
