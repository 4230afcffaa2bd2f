/* convene-edit.h: one change to a dataset, which can be applied and reverted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CONVENE_TYPE_EDIT (convene_edit_get_type ())
G_DECLARE_DERIVABLE_TYPE (ConveneEdit, convene_edit, CONVENE, EDIT, GObject)

struct _ConveneEditClass
{
  GObjectClass parent_class;

  /* Makes the change, or undoes it; each is called only in the state the
   * other leaves. */
  void     (*apply)  (ConveneEdit *self);
  void     (*revert) (ConveneEdit *self);

  /* Optional: folds @next, already applied, into @self so that both are
   * undone as one step (typing a word into a field is one edit). Returns
   * FALSE when they cannot be folded. */
  gboolean (*merge)  (ConveneEdit *self,
                      ConveneEdit *next);
};

const char *convene_edit_get_label (ConveneEdit *self);
void        convene_edit_set_label (ConveneEdit *self,
                                    const char  *label);
void        convene_edit_apply     (ConveneEdit *self);
void        convene_edit_revert    (ConveneEdit *self);
gboolean    convene_edit_merge     (ConveneEdit *self,
                                    ConveneEdit *next);

G_END_DECLS
