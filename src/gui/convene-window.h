/* convene-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-dataset.h"
#include "convene-matrix-view.h"
#include "convene-meetings-view.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_WINDOW (convene_window_get_type ())
G_DECLARE_FINAL_TYPE (ConveneWindow, convene_window, CONVENE, WINDOW, AdwApplicationWindow)

void            convene_window_register_resources (void);
ConveneWindow  *convene_window_new         (gpointer        application);
ConveneDataset *convene_window_get_dataset (ConveneWindow  *self);
void            convene_window_set_dataset (ConveneWindow  *self,
                                            ConveneDataset *dataset);
void            convene_window_open_file   (ConveneWindow  *self,
                                            GFile          *file);
void            convene_window_show_meeting (ConveneWindow  *self,
                                             const char     *id);
void            convene_window_show_search  (ConveneWindow  *self,
                                             const char     *query);
char                *convene_window_cap_line          (const char    *text);
ConveneMeetingsView *convene_window_get_meetings_view (ConveneWindow *self);
GSettings           *convene_settings_new_if_installed (void);
void                 convene_settings_set_string_if_changed (GSettings  *settings,
                                                             const char *key,
                                                             const char *value);
ConveneMatrixView   *convene_window_get_matrix_view   (ConveneWindow *self);
void                 convene_window_offer_draft       (ConveneWindow *self);

G_END_DECLS
