/* convene-edit.c: one change to a dataset, which can be applied and reverted
 *
 * Every change to a dataset goes through a ConveneEdit kept by a
 * ConveneHistory (convene-history.c): subclasses say how to make the change
 * and how to undo it, and the history decides when. The label names the
 * change for people ("Rename Meeting"), for the Undo and Redo menu items.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-edit.h"

typedef struct
{
  char *label;
} ConveneEditPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ConveneEdit, convene_edit, G_TYPE_OBJECT)

static gboolean
convene_edit_real_merge (ConveneEdit *self,
                         ConveneEdit *next)
{
  return FALSE;
}

static void
convene_edit_finalize (GObject *object)
{
  ConveneEditPrivate *priv = convene_edit_get_instance_private (CONVENE_EDIT (object));

  g_free (priv->label);
  G_OBJECT_CLASS (convene_edit_parent_class)->finalize (object);
}

static void
convene_edit_class_init (ConveneEditClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = convene_edit_finalize;
  klass->merge = convene_edit_real_merge;
}

static void
convene_edit_init (ConveneEdit *self)
{
}

const char *
convene_edit_get_label (ConveneEdit *self)
{
  ConveneEditPrivate *priv;

  g_return_val_if_fail (CONVENE_IS_EDIT (self), NULL);

  priv = convene_edit_get_instance_private (self);
  return priv->label;
}

void
convene_edit_set_label (ConveneEdit *self,
                        const char  *label)
{
  ConveneEditPrivate *priv;

  g_return_if_fail (CONVENE_IS_EDIT (self));

  priv = convene_edit_get_instance_private (self);
  g_free (priv->label);
  priv->label = g_strdup (label);
}

void
convene_edit_apply (ConveneEdit *self)
{
  g_return_if_fail (CONVENE_IS_EDIT (self));

  CONVENE_EDIT_GET_CLASS (self)->apply (self);
}

void
convene_edit_revert (ConveneEdit *self)
{
  g_return_if_fail (CONVENE_IS_EDIT (self));

  CONVENE_EDIT_GET_CLASS (self)->revert (self);
}

gboolean
convene_edit_merge (ConveneEdit *self,
                    ConveneEdit *next)
{
  g_return_val_if_fail (CONVENE_IS_EDIT (self), FALSE);
  g_return_val_if_fail (CONVENE_IS_EDIT (next), FALSE);

  return G_TYPE_FROM_INSTANCE (self) == G_TYPE_FROM_INSTANCE (next) &&
         CONVENE_EDIT_GET_CLASS (self)->merge (self, next);
}
