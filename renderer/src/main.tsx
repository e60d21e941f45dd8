import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './annotations/register';
import './backups/register';
import './bookmarks/register';
import './compare/register';
import './desktop/register';
import './search/register';
import './training/register';
import './tables/register';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
