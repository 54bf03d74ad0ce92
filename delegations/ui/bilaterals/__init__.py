"""The Bilateral meetings window: requests, meetings, their conflicts, moves and printing."""
