// libxlsxwriter from the system (Debian: libxlsxwriter-dev): spreadsheets for report and list.
#include <xlsxwriter.h>
