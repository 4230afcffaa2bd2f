/* convene-date-row.h: a row that shows a date and changes it in a calendar popover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-date.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_DATE_ROW (convene_date_row_get_type ())
G_DECLARE_FINAL_TYPE (ConveneDateRow, convene_date_row, CONVENE, DATE_ROW, AdwActionRow)

GtkWidget *convene_date_row_new      (void);
void       convene_date_row_get_date (ConveneDateRow    *self,
                                      ConveneDate       *date);
void       convene_date_row_set_date (ConveneDateRow    *self,
                                      const ConveneDate *date);

G_END_DECLS
