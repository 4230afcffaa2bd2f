/* convene-dataset-dialog.h: the dataset's title and description
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-document.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_DATASET_DIALOG (convene_dataset_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ConveneDatasetDialog, convene_dataset_dialog, CONVENE, DATASET_DIALOG, AdwWindow)

GtkWidget *convene_dataset_dialog_new (GtkWindow       *parent,
                                       ConveneDocument *document);

G_END_DECLS
